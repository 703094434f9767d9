import * as assert from 'node:assert/strict';
import {
	addChoices,
	escapeChoiceOption,
	expandSnippet,
	parseSnippet,
	SnippetSyntaxError,
	tabStopIndexes,
} from '../../../src/features/bicep/snippetSyntax';

describe('snippet syntax', () => {
	it('expands placeholders, choices and mirrors to their defaults', () => {
		const source = "resource ${1:pool} 'x' = {\n\tstate: '${2|Running,Deallocated|}'\n\tid: ${1}.id\n\tmirror: $1\n}";
		assert.equal(expandSnippet(source), "resource pool 'x' = {\n\tstate: 'Running'\n\tid: pool.id\n\tmirror: pool\n}");
	});

	it('takes the value from the occurrence that has a default, wherever it is', () => {
		assert.equal(expandSnippet('${1}-${1:name}'), 'name-name');
	});

	it('expands nested placeholders', () => {
		assert.equal(expandSnippet("${1:resourceId('${2:type}', '${3:name}')} $3"), "resourceId('type', 'name') name");
	});

	it('picks another option of a choice when asked', () => {
		assert.equal(
			expandSnippet('${1|a,b,c|}', () => 2),
			'c',
		);
	});

	it('keeps braces that are not part of a tab stop, and honours escapes', () => {
		assert.equal(expandSnippet('{ a: \\${1:x\\} }'), '{ a: ${1:x} }');
		assert.equal(expandSnippet('${1:a\\}b}'), 'a}b');
		assert.equal(expandSnippet('cost: 5\\$'), 'cost: 5$');
	});

	it('reads escaped commas and bars inside choices', () => {
		const nodes = parseSnippet('${1|a\\,b,c\\|d|}');
		assert.deepEqual(nodes, [{ kind: 'choice', index: 1, options: ['a,b', 'c|d'] }]);
	});

	it('rejects variables, transforms and unclosed tab stops', () => {
		assert.throws(() => parseSnippet('$TM_FILENAME'), SnippetSyntaxError);
		assert.throws(() => parseSnippet('${1/a/b/}'), SnippetSyntaxError);
		assert.throws(() => parseSnippet('${1:abc'), SnippetSyntaxError);
		assert.throws(() => parseSnippet('${1|a,b'), SnippetSyntaxError);
	});

	it('lists tab stop indexes, including nested ones', () => {
		assert.deepEqual(tabStopIndexes('${2:a ${3:b}} $1 ${1} ${4|x|}'), [1, 2, 3, 4]);
	});

	it('escapes the characters that separate choice options', () => {
		assert.equal(escapeChoiceOption("resourceId('a', 'b')|\\"), "resourceId('a'\\, 'b')\\|\\\\");
	});

	describe('addChoices', () => {
		it('turns a placeholder into a choice whose first option is the old default', () => {
			const source = "id: ${4:resourceId('T', 'n')}\nmirror: ${4}";
			const result = addChoices(source, 4, ["'/a'", "'/b'"]);
			assert.equal(result, "id: ${4|resourceId('T'\\, 'n'),'/a','/b'|}\nmirror: ${4}");
			assert.equal(expandSnippet(result), "id: resourceId('T', 'n')\nmirror: resourceId('T', 'n')");
			assert.equal(
				expandSnippet(result, () => 2),
				"id: '/b'\nmirror: '/b'",
			);
		});

		it('appends to an existing choice without repeating options', () => {
			assert.equal(addChoices('${1|a,b|}', 1, ['b', 'c']), '${1|a,b,c|}');
		});

		it('leaves the snippet alone when there is nothing to add', () => {
			assert.equal(addChoices('${1:a}', 1, []), '${1:a}');
		});

		it('finds the defining occurrence even after a mirror and skips escaped text', () => {
			assert.equal(addChoices('\\${2:no} $2 ${2:yes}', 2, ['other']), '\\${2:no} $2 ${2|yes,other|}');
		});

		it('fails loudly when the tab stop has no default to extend', () => {
			assert.throws(() => addChoices('$1', 1, ['x']), /no placeholder 1/);
		});
	});
});
