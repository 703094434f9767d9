import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoPath } from './repoPaths';

/**
 * Compares `actual` with `test/golden/<name>`. With UPDATE_GOLDEN=1 the golden file is (re)written
 * instead, so a deliberate change is one command and a reviewed diff.
 */
export function assertGolden(name: string, actual: string): void {
	const file = repoPath('test', 'golden', ...name.split('/'));
	if (process.env['UPDATE_GOLDEN'] === '1') {
		fs.mkdirSync(path.dirname(file), { recursive: true });
		fs.writeFileSync(file, actual);
		return;
	}
	assert.ok(
		fs.existsSync(file),
		`Golden file ${name} is missing: run the unit tests with UPDATE_GOLDEN=1 and review it`,
	);
	assert.equal(actual, fs.readFileSync(file, 'utf8'), `Output differs from test/golden/${name}`);
}
