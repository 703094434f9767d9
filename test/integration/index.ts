import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface TestResults {
	readonly passed: number;
	readonly failed: number;
	readonly pending: number;
	readonly failures: readonly string[];
}

/**
 * The entry point the extension host calls when it runs the integration tests (see
 * tools/vscode-harness/run-ext-tests.mjs). It loads every compiled `*.test.js` below this folder with
 * mocha's TDD interface and rejects when any test fails, which becomes the runner's exit code.
 */
export async function run(): Promise<void> {
	const mocha = new Mocha({ ui: 'tdd', color: false, reporter: 'spec', timeout: 30_000 });
	const files = findTestFiles(__dirname);
	for (const file of files) {
		mocha.addFile(file);
	}

	const results = await runMocha(mocha);
	console.log(`${results.passed} passed, ${results.failed} failed`);
	writeResultsFile(results);

	if (files.length === 0) {
		throw new Error(`No integration tests found under ${__dirname}`);
	}
	if (results.failed > 0) {
		throw new Error(`${results.failed} integration test(s) failed: ${results.failures.join('; ')}`);
	}
}

function runMocha(mocha: Mocha): Promise<TestResults> {
	return new Promise((resolve, reject) => {
		const failures: string[] = [];
		try {
			const runner = mocha.run(() => {
				resolve({
					passed: runner.stats?.passes ?? 0,
					failed: runner.stats?.failures ?? failures.length,
					pending: runner.stats?.pending ?? 0,
					failures,
				});
			});
			runner.on('fail', (test) => failures.push(test.fullTitle()));
		} catch (error) {
			// A test file that throws while loading ends up here.
			reject(error instanceof Error ? error : new Error(String(error)));
		}
	});
}

function findTestFiles(folder: string): string[] {
	const files: string[] = [];
	for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
		const entryPath = path.join(folder, entry.name);
		if (entry.isDirectory()) {
			files.push(...findTestFiles(entryPath));
		} else if (entry.name.endsWith('.test.js')) {
			files.push(entryPath);
		}
	}
	return files.sort();
}

/** Leaves the counts where scripts/test.sh can put them in its summary. */
function writeResultsFile(results: TestResults): void {
	const file = process.env['STANDBY_POOLS_TEST_RESULTS'];
	if (file) {
		fs.writeFileSync(file, JSON.stringify(results, null, 2));
	}
}
