import * as assert from 'node:assert/strict';
import {
	armCompletionContext,
	isArmDeploymentTemplate,
	scanJson,
} from '../../../src/features/bicep/armCompletionContext';
import { bicepCompletionContext, fileTargetScope, scanBicep } from '../../../src/features/bicep/bicepCompletionContext';

const poolHeader = "resource pool 'Microsoft.StandbyPool/standbyVirtualMachinePools@2026-04-01' = {\n";

describe('Bicep completion context', () => {
	it('offers snippets at the start of a top-level line, replacing the whole dashed prefix', () => {
		assert.deepEqual(bicepCompletionContext("targetScope = 'resourceGroup'\n\nres-standby"), {
			kind: 'snippet',
			tokenStart: 0,
		});
		assert.deepEqual(bicepCompletionContext('  res-st'), { kind: 'snippet', tokenStart: 2 });
		assert.deepEqual(bicepCompletionContext(''), { kind: 'snippet', tokenStart: 0 });
	});

	it('offers nothing inside a resource body, a string, a comment or after other text on the line', () => {
		for (const text of [
			`${poolHeader}  res-`,
			"var a = 'res-",
			'// res-',
			'/* res-',
			"var a = '''\nres-",
			'var a = res-',
		]) {
			assert.deepEqual(bicepCompletionContext(text), { kind: 'none' }, text);
		}
	});

	it('does not count brackets inside strings and comments', () => {
		assert.equal(scanBicep("var a = '{['\n// {\n/* [ */\nvar b = '''\n{\n'''\n").depth, 0);
		assert.equal(scanBicep("var a = 'it\\'s {'\n{").depth, 1);
	});

	it('offers scale sets after attachedVirtualMachineScaleSetId and regions after location, only in a standby pool', () => {
		assert.deepEqual(bicepCompletionContext(`${poolHeader}  properties: {\n    attachedVirtualMachineScaleSetId: `), {
			kind: 'value',
			value: 'scaleSetId',
			valueStart: 38,
		});
		assert.deepEqual(bicepCompletionContext(`${poolHeader}  location: 'ea`), {
			kind: 'value',
			value: 'location',
			valueStart: 12,
		});
		assert.deepEqual(
			bicepCompletionContext("resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  location: "),
			{ kind: 'none' },
		);
	});

	it('knows the scope a file deploys to', () => {
		assert.equal(fileTargetScope("// x\ntargetScope = 'subscription'\n"), 'subscription');
		assert.equal(fileTargetScope(`param targetScopeName string\n${poolHeader}}\n`), 'resourceGroup');
		assert.equal(fileTargetScope('param size int = 3\nres-standby'), undefined);
	});
});

describe('ARM template completion context', () => {
	const header = '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n';

	it('recognises deployment templates of every scope by their $schema', () => {
		assert.equal(isArmDeploymentTemplate(header), true);
		assert.equal(
			isArmDeploymentTemplate(
				'{"$schema": "https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#"}',
			),
			true,
		);
		assert.equal(isArmDeploymentTemplate('{"$schema": "https://json.schemastore.org/package.json"}'), false);
		assert.equal(isArmDeploymentTemplate('{"name": "deploymentTemplate.json"}'), false);
	});

	it('offers snippets directly inside the resources array, replacing the dashed prefix', () => {
		assert.deepEqual(armCompletionContext(`${header}  "resources": [\n    arm-st`), { kind: 'snippet', tokenStart: 4 });
		assert.deepEqual(armCompletionContext(`${header}  "resources": [\n    { "type": "a" },\n    `), {
			kind: 'snippet',
			tokenStart: 4,
		});
	});

	it('offers nothing elsewhere', () => {
		assert.deepEqual(armCompletionContext(`${header}  "parameters": {\n    arm`), { kind: 'none' });
		assert.deepEqual(armCompletionContext(`${header}  "resources": [\n    {\n      arm`), { kind: 'none' });
		assert.deepEqual(armCompletionContext(`${header}  "variables": { "v": [\n    arm`), { kind: 'none' });
		assert.deepEqual(armCompletionContext(`${header}  "resources": [\n    "arm`), { kind: 'none' });
	});

	it('offers values in a standby pool resource', () => {
		const text = `${header}  "resources": [\n    {\n      "type": "Microsoft.StandbyPool/standbyVirtualMachinePools",\n      "location": "`;
		assert.deepEqual(armCompletionContext(text), { kind: 'value', value: 'location', valueStart: 18 });
	});

	it('tracks which key owns each open container, ignoring brackets in strings', () => {
		const state = scanJson('{ "a": "[{", "resources": [ { "b": [');
		assert.deepEqual(
			state.containers.map((container) => `${container.kind}${container.key ?? ''}`),
			['{', '[resources', '{', '[b'],
		);
	});
});
