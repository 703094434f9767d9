import * as assert from 'node:assert/strict';
import { isExpression, loadBicepGrammar, parseBicep } from './bicepSyntaxTree';
import { assertLiteralIdsParse, assertNoKnownSampleMistakes, isArmExpression } from './outputChecks';
import { loadStandbyPoolDefinitions, validateAgainst, validateTrackedResource } from './swaggerValidator';

/** The checks the golden tests rely on must themselves catch what they claim to catch. */
describe('output checks', () => {
	const definitions = loadStandbyPoolDefinitions();
	const properties = 'StandbyVirtualMachinePoolResourceProperties';

	before(async () => {
		await loadBicepGrammar();
	});

	describe('the Bicep grammar', () => {
		it('reports a stray closing brace and a missing one', () => {
			assert.notDeepEqual(parseBicep("resource a 'T@1' = {\n  name: 'x'\n}\n}\n").problems, []);
			assert.notDeepEqual(parseBicep("resource a 'T@1' = {\n  name: 'x'\n").problems, []);
		});

		it('reads literals as values and everything else as expressions', () => {
			const parsed = parseBicep(
				"param size int = 3\nresource a 'T@1' = {\n  name: 'it\\'s'\n  n: 5\n  b: true\n  e: resourceGroup().location\n  s: '${x}'\n  list: [\n    1\n  ]\n}\n",
			);
			assert.deepEqual(parsed.problems, []);
			assert.deepEqual(parsed.parameters, [{ name: 'size', defaultValue: 3 }]);
			const body = parsed.resources[0]?.body as Record<string, unknown>;
			assert.equal(body['name'], "it's");
			assert.equal(body['n'], 5);
			assert.equal(body['b'], true);
			assert.ok(isExpression(body['e']));
			assert.ok(isExpression(body['s']));
			assert.deepEqual(body['list'], [1]);
		});
	});

	describe('the specification validator', () => {
		const valid = { virtualMachineState: 'Running', elasticityProfile: { maxReadyCapacity: 3, minReadyCapacity: 1 } };
		const check = (value: unknown): string[] => validateAgainst(value, properties, definitions, isArmExpression);

		it('accepts a valid pool', () => {
			assert.deepEqual(check(valid), []);
		});

		it('reports a missing required property, a wrong enum value, a wrong type and a value below the minimum', () => {
			assert.equal(check({ elasticityProfile: { maxReadyCapacity: 1 } }).length, 1);
			assert.equal(check({ ...valid, virtualMachineState: 'Sleeping' }).length, 1);
			assert.equal(check({ ...valid, elasticityProfile: { maxReadyCapacity: '3' } }).length, 1);
			assert.equal(check({ ...valid, elasticityProfile: { maxReadyCapacity: -1 } }).length, 1);
			assert.equal(check({ ...valid, vmStateDistribution: { runningPercent: 101 } }).length, 1);
		});

		it('reports a misspelt property and a read-only one', () => {
			assert.equal(check({ ...valid, elasticityProfile: { maxReadyCapacity: 1, minReadyCapcity: 1 } }).length, 1);
			assert.equal(check({ ...valid, provisioningState: 'Succeeded' }).length, 1);
		});

		it('lets deployment-time expressions through', () => {
			assert.deepEqual(check({ ...valid, elasticityProfile: { maxReadyCapacity: "[parameters('max')]" } }), []);
			assert.equal(check({ ...valid, elasticityProfile: { maxReadyCapacity: '[[literal]' } }).length, 1);
		});

		it('checks the tracked-resource envelope', () => {
			const problems = validateTrackedResource(
				{ name: 'p', tags: { a: 1 }, properties: valid },
				properties,
				definitions,
				isArmExpression,
			);
			assert.equal(problems.length, 2);
		});
	});

	describe('the sample-mistake checks', () => {
		it('catch a JSON body without a comma between max and min ready capacity', () => {
			assert.throws(() => assertNoKnownSampleMistakes('{ "maxReadyCapacity": 10\n  "minReadyCapacity": 2 }', 'x'));
			assert.doesNotThrow(() =>
				assertNoKnownSampleMistakes('{ "maxReadyCapacity": 10,\n  "minReadyCapacity": 2 }', 'x'),
			);
		});

		it('catch a scale set id that ends in a stray brace', () => {
			const id = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachineScaleSets/web';
			assert.throws(() => assertNoKnownSampleMistakes(`param id string = '${id}}'`, 'x'));
			assert.throws(() => assertLiteralIdsParse({ id: `${id}}` }, 'x'));
			assert.doesNotThrow(() => assertLiteralIdsParse({ id }, 'x'));
		});
	});
});
