import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Keeps the README's fault matrix true: a ✔ in a cell needs a fault test of that fault on that operation in
 * test/integration/faults*.test.ts, and such a test needs its ✔.
 */

const root = path.resolve(__dirname, '..', '..', '..', '..');
const read = (file: string): string => fs.readFileSync(path.join(root, file), 'utf8');

const operations = ['List', 'Create', 'Edit', 'Delete', 'Status'] as const;
type Operation = (typeof operations)[number];

/** Which test titles a row of the matrix stands for. */
const rowPatterns: [RegExp, RegExp][] = [
	[/^429 with `Retry-After/, /^429 with Retry-After/],
	[/^500, once/, /^500 once\b/],
	[/^500 on every attempt/, /^500 on every attempt/],
	[/^503, once/, /^503 once\b/],
	[/^503 with `Retry-After` on every attempt/, /^503 with Retry-After on every attempt/],
	[/^Dropped connection, once/, /^a dropped connection once\b/],
	[/^Dropped connection on every attempt/, /^a dropped connection on every attempt/],
	[/^Slower than/, /slower than the (request )?timeout/],
	[/^Long-running operation ends `Failed`/, /^a long-running operation that ends Failed/],
	[/^401 once/, /^401 once\b/],
	[/^403 `AuthorizationFailed`/, /^403 AuthorizationFailed/],
	[/^404, deleted elsewhere/, /^404\b|deleted elsewhere/],
	[/^409 conflict/, /^409 conflict/],
	[/^Malformed JSON body/, /^a malformed JSON (body|answer)/],
];

/** String literals in a slice of source: the `title:` fields of a case table and the titles given to check(). */
function titlesIn(source: string): string[] {
	const titles: string[] = [];
	for (const match of source.matchAll(/(?:title: |check\(\s*)(['`])((?:\\.|(?!\1).)*)\1/g)) {
		titles.push((match[2] ?? '').replace(/\\'/g, "'"));
	}
	return titles;
}

/** The case table `name` of a test file, from its declaration to its end. */
function table(source: string, name: string): string {
	const start = source.indexOf(`const ${name}`);
	assert.ok(start >= 0, `no ${name} table`);
	return source.slice(start, source.indexOf('\n\t];', start));
}

function testTitles(): Record<Operation, string[]> {
	const tree = read('test/integration/faultsTree.test.ts');
	const form = read('test/integration/faultsForm.test.ts');
	const commands = read('test/integration/faultsCommands.test.ts');
	const prefixed = (source: string, prefix: string): string[] =>
		titlesIn(source)
			.filter((title) => title.startsWith(`${prefix}, `))
			.map((title) => title.slice(prefix.length + 2));
	return {
		List: titlesIn(tree),
		Create: [...titlesIn(table(form, 'createCases')), ...prefixed(form, 'create')],
		Edit: [...titlesIn(table(form, 'editCases')), ...prefixed(form, 'edit')],
		Delete: [...titlesIn(table(commands, 'deleteCases')), ...prefixed(commands, 'delete')],
		Status: [...titlesIn(table(commands, 'statusCases')), ...prefixed(commands, 'status')],
	};
}

function readmeRows(): { fault: string; cells: Record<Operation, string> }[] {
	const readme = read('README.md');
	const section = readme.slice(readme.indexOf('## Reliability and security'));
	const lines = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---'));
	const [header, ...rows] = lines;
	assert.match(header ?? '', /\| List \| Create \| Edit \| Delete \| Status \|$/);
	return rows.map((row) => {
		const cells = row
			.replace(/^\|/, '')
			.replace(/\|$/, '')
			.split('|')
			.map((cell) => cell.trim());
		const fault = cells[0] ?? '';
		const marks = cells.slice(-operations.length);
		return {
			fault,
			cells: Object.fromEntries(operations.map((operation, index) => [operation, marks[index] ?? ''])) as Record<
				Operation,
				string
			>,
		};
	});
}

describe("the README's fault matrix", () => {
	const rows = readmeRows();
	const titles = testTitles();

	it('has a row for every fault the tests know, and only those', () => {
		assert.equal(rows.length, rowPatterns.length);
		for (const row of rows) {
			assert.ok(
				rowPatterns.some(([pattern]) => pattern.test(row.fault)),
				`no test pattern for the row "${row.fault}"`,
			);
		}
	});

	for (const [rowPattern, titlePattern] of rowPatterns) {
		it(`row ${rowPattern.source}: a ✔ exactly where a test injects that fault`, () => {
			const row = rows.find((candidate) => rowPattern.test(candidate.fault)) ?? assert.fail('no such row');
			for (const operation of operations) {
				const tested = titles[operation].filter((title) => titlePattern.test(title));
				const ticked = row.cells[operation].startsWith('✔');
				assert.equal(
					ticked,
					tested.length > 0,
					`${operation} × "${row.fault}": README says ${row.cells[operation] || 'nothing'}, tests: ${tested.join('; ') || 'none'}`,
				);
			}
		});
	}
});
