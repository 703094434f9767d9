import * as path from 'node:path';
import { Language, Parser, type Node } from 'web-tree-sitter';

let parser: Promise<Parser> | undefined;

async function createParser(): Promise<Parser> {
	await Parser.init();
	const wasm = path.join(path.dirname(require.resolve('tree-sitter-bicep/package.json')), 'tree-sitter-bicep.wasm');
	const bicep = new Parser();
	bicep.setLanguage(await Language.load(wasm));
	return bicep;
}

const escapes: Record<string, string> = { '\\\\': '\\', "\\'": "'", '\\n': '\n', '\\r': '\r', '\\t': '\t', '\\$': '$' };

function unescape(literal: string): string {
	return literal.replace(/\\u\{([0-9a-fA-F]+)\}|\\[\\'nrt$]/g, (escape, code: string | undefined) =>
		code === undefined ? (escapes[escape] ?? escape) : String.fromCodePoint(parseInt(code, 16)),
	);
}

/** Parses Bicep with the tree-sitter grammar: whether it has syntax errors, and the value of every string literal. */
export async function parseBicep(source: string): Promise<{ hasError: boolean; strings: string[] }> {
	parser ??= createParser();
	const tree = (await parser).parse(source);
	if (!tree) {
		throw new Error('tree-sitter returned no tree');
	}
	const strings: string[] = [];
	const visit = (node: Node): void => {
		if (node.type === 'string') {
			strings.push(unescape(node.text.slice(1, -1)));
			return;
		}
		node.children.forEach((child) => child && visit(child));
	};
	visit(tree.rootNode);
	return { hasError: tree.rootNode.hasError, strings };
}
