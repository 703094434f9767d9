import assert from 'node:assert/strict';
import { startTestEmulator, type TestEmulator } from '../helpers/testEmulator';
import { examplePoolIds, exampleSeed } from './exampleSeed';
import { knownDifferences, toleratedEverywhere, valueCompared } from './knownDifferences';
import { loadExamples, specsDirectory, type SpecExample } from './specExamples';
import { shapeDifferences } from './shapeDifferences';

const specs = specsDirectory();

describe('Emulator contract: every standby-pool example in the shared specs', function () {
	this.timeout(20_000);
	let test: TestEmulator;

	before(async () => {
		test = await startTestEmulator();
	});

	after(async () => {
		await test.stop();
	});

	if (specs === undefined) {
		it('needs the specifications (test/fixtures/specs or STANDBY_POOL_SPECS)');
		return;
	}

	for (const { example, absent } of variants(loadExamples(specs))) {
		it(`${example.name} (${example.operationId}${absent ? ', pool absent' : ''})`, async () => {
			await test.request('POST', '/_emulator/reset', { seed: exampleSeed });
			if (absent) {
				await test.request('DELETE', '/_emulator/resources', { ids: examplePoolIds });
			}
			const response = await test.request(example.method, await exampleUrl(test, example), example.body);
			const known = knownDifferences[example.name];
			if (known?.refusedWith !== undefined) {
				assert.equal(response.status, known.refusedWith, JSON.stringify(response.body));
				return;
			}

			const expected = example.responses[String(response.status)];
			assert.ok(
				expected,
				`status ${response.status} is not among the example's ${Object.keys(example.responses).join(', ')}: ${response.text}`,
			);
			const differences =
				expected.body === undefined
					? response.text === ''
						? []
						: ['(body): extra']
					: shapeDifferences(expected.body, response.body, (path) => valueCompared(example.operationId, path));
			const unexplained = differences.filter(
				(difference) =>
					!toleratedEverywhere.some((pattern) => pattern.test(difference)) &&
					!(known?.differences ?? []).includes(difference),
			);
			assert.deepEqual(unexplained, []);
			for (const header of Object.keys(expected.headers ?? {})) {
				assert.ok(response.headers[header.toLowerCase()], `header ${header}`);
			}
		});
	}
});

/** Create and delete run twice: on the existing pool (200, 202) and with the pool gone first (201, 204). */
function variants(examples: SpecExample[]): { example: SpecExample; absent: boolean }[] {
	return examples.flatMap((example) =>
		/_(CreateOrUpdate|Delete)$/.test(example.operationId)
			? [
					{ example, absent: false },
					{ example, absent: true },
				]
			: [{ example, absent: false }],
	);
}

/** Pooled VM names are generated, so the example's `virtualMachine` is replaced by the pool's first one. */
async function exampleUrl(test: TestEmulator, example: SpecExample): Promise<string> {
	if (example.operationId !== 'StandbyVirtualMachines_Get') {
		return example.url;
	}
	const listUrl = example.url.replace(/\/standbyVirtualMachines\/[^/?]+/, '/standbyVirtualMachines');
	const list = await test.request('GET', listUrl);
	return example.url.replace(/\/standbyVirtualMachines\/[^/?]+/, `/standbyVirtualMachines/${list.body.value[0].name}`);
}
