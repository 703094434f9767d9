import * as assert from 'node:assert/strict';
import type { StandbyVirtualMachinePool } from '../../../src/core/azure/standbyPoolModels';
import { exportPoolAsArmTemplate } from '../../../src/features/bicep/poolArmExport';
import { exportPoolAsBicep } from '../../../src/features/bicep/poolBicepExport';
import { exportCases, poolWithUnknownProperty } from './bicepFixtures';
import { isExpression, loadBicepGrammar } from './bicepSyntaxTree';
import { assertGolden } from './golden';
import {
	assertCleanBicep,
	assertLiteralIdsParse,
	assertNoKnownSampleMistakes,
	assertValidArmResource,
	assertValidBicepResources,
} from './outputChecks';
import { loadStandbyPoolDefinitions } from './swaggerValidator';

interface ArmTemplate {
	$schema: string;
	parameters: Record<string, { type: string; defaultValue: unknown }>;
	resources: Record<string, unknown>[];
}

/** What the pool's writable part looks like after a template is deployed with its default parameters. */
function expectedBody(pool: StandbyVirtualMachinePool): Record<string, unknown> {
	const properties = { ...(pool.properties as unknown as Record<string, unknown>) };
	delete properties['provisioningState'];
	const body: Record<string, unknown> = { name: pool.name, location: pool.location };
	if (pool.tags) {
		body['tags'] = pool.tags;
	}
	body['properties'] = properties;
	return body;
}

/** Replaces the Bicep parameter references the export writes by the parameters' default values. */
function substituteBicep(value: unknown, parameters: Record<string, unknown>): unknown {
	if (isExpression(value)) {
		assert.ok(value.$expression in parameters, `unexpected expression ${value.$expression}`);
		return parameters[value.$expression];
	}
	if (Array.isArray(value)) {
		return value.map((item) => substituteBicep(item, parameters));
	}
	if (typeof value === 'object' && value !== null) {
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substituteBicep(item, parameters)]));
	}
	return value;
}

/** Evaluates the only expressions the ARM export writes (parameters) and the `[[` escape, as ARM does. */
function evaluateArm(value: unknown, parameters: Record<string, unknown>): unknown {
	if (typeof value === 'string') {
		const reference = /^\[parameters\('([A-Za-z]+)'\)\]$/.exec(value);
		if (reference) {
			return parameters[reference[1] as string];
		}
		assert.ok(!/^\[[^[].*\]$/.test(value), `unexpected expression ${value}`);
		return value.startsWith('[[') ? value.slice(1) : value;
	}
	if (Array.isArray(value)) {
		return value.map((item) => evaluateArm(item, parameters));
	}
	if (typeof value === 'object' && value !== null) {
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, evaluateArm(item, parameters)]));
	}
	return value;
}

describe('pool export', () => {
	const definitions = loadStandbyPoolDefinitions();

	before(async () => {
		await loadBicepGrammar();
	});

	for (const [name, pool] of Object.entries(exportCases)) {
		describe(`of ${name}`, () => {
			it('as Bicep matches its golden file, parses cleanly and satisfies the specification', () => {
				const bicep = exportPoolAsBicep(pool);
				assertGolden(`export/${name}.bicep`, bicep);
				const parsed = assertCleanBicep(bicep, name);
				assertValidBicepResources(parsed, definitions, name);
				assertNoKnownSampleMistakes(bicep, name);
				assertLiteralIdsParse(parsed.parameters, name);
			});

			it('as Bicep recreates every writable property, with name, region and scale set as parameters', () => {
				const parsed = assertCleanBicep(exportPoolAsBicep(pool), name);
				const parameters = Object.fromEntries(
					parsed.parameters.map((parameter) => [parameter.name, parameter.defaultValue]),
				);
				assert.deepEqual(
					Object.keys(parameters),
					pool.properties.attachedVirtualMachineScaleSetId
						? ['poolName', 'location', 'scaleSetId']
						: ['poolName', 'location'],
				);
				assert.deepEqual(substituteBicep(parsed.resources[0]?.body, parameters), expectedBody(pool));
			});

			it('as an ARM template matches its golden file, parses as JSON and satisfies the specification', () => {
				const json = exportPoolAsArmTemplate(pool);
				assertGolden(`export/${name}.json`, json);
				const template = JSON.parse(json) as ArmTemplate;
				assert.match(template.$schema, /deploymentTemplate\.json#$/);
				assert.equal(template.resources.length, 1);
				assertValidArmResource(template.resources[0] as Record<string, unknown>, definitions, name);
				assertNoKnownSampleMistakes(json, name);
				assertLiteralIdsParse(template.parameters, name);
			});

			it('as an ARM template recreates every writable property', () => {
				const template = JSON.parse(exportPoolAsArmTemplate(pool)) as ArmTemplate;
				const parameters = Object.fromEntries(
					Object.entries(template.parameters).map(([key, parameter]) => [key, evaluateArm(parameter.defaultValue, {})]),
				);
				const { type, apiVersion, ...body } = template.resources[0] as Record<string, unknown>;
				assert.equal(type, 'Microsoft.StandbyPool/standbyVirtualMachinePools');
				assert.equal(apiVersion, '2026-04-01');
				assert.deepEqual(evaluateArm(body, parameters), expectedBody(pool));
			});
		});
	}

	it('keeps a property this client does not know, so nothing is lost', () => {
		const bicep = exportPoolAsBicep(poolWithUnknownProperty);
		assert.match(bicep, /futureSetting: \{\n\s+mode: 'Fast'/);
		assertCleanBicep(bicep, 'unknown property');
		const template = JSON.parse(exportPoolAsArmTemplate(poolWithUnknownProperty)) as ArmTemplate;
		assert.deepEqual((template.resources[0]?.['properties'] as Record<string, unknown>)['futureSetting'], {
			mode: 'Fast',
			weights: [1, 2],
		});
	});

	it('never writes the read-only provisioning state or system data', () => {
		const pool = exportCases['everyProperty'] as StandbyVirtualMachinePool;
		for (const text of [exportPoolAsBicep(pool), exportPoolAsArmTemplate(pool)]) {
			assert.doesNotMatch(text, /provisioningState|systemData|createdBy/);
		}
	});
});
