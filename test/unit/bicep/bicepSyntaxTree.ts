import { Language, Parser, type Node } from 'web-tree-sitter';

/** A value read from Bicep source: literals become JSON values, anything computed an expression marker. */
export interface BicepExpression {
	readonly $expression: string;
}

export interface BicepResource {
	readonly symbol: string;
	/** `Microsoft.StandbyPool/standbyVirtualMachinePools@2026-04-01`. */
	readonly typeAndVersion: string;
	readonly existing: boolean;
	/** The declaration's body object (for a loop, the body of one iteration). */
	readonly body: unknown;
}

export interface ParsedBicep {
	/** One line per ERROR or MISSING node, with its position; empty for a clean parse. */
	readonly problems: readonly string[];
	readonly resources: readonly BicepResource[];
	readonly parameters: readonly { readonly name: string; readonly defaultValue: unknown }[];
}

let parser: Parser | undefined;

/** Loads the Bicep grammar (tree-sitter-bicep's wasm build) once; call from a mocha `before`. */
export async function loadBicepGrammar(): Promise<void> {
	if (parser) {
		return;
	}
	await Parser.init();
	const language = await Language.load(require.resolve('tree-sitter-bicep/tree-sitter-bicep.wasm'));
	parser = new Parser();
	parser.setLanguage(language);
}

export function parseBicep(source: string): ParsedBicep {
	if (!parser) {
		throw new Error('Call loadBicepGrammar() first');
	}
	const tree = parser.parse(source);
	if (!tree) {
		throw new Error('tree-sitter returned no tree');
	}
	const problems: string[] = [];
	collectProblems(tree.rootNode, problems);

	const resources: BicepResource[] = [];
	const parameters: { name: string; defaultValue: unknown }[] = [];
	for (const statement of tree.rootNode.namedChildren) {
		if (statement?.type === 'resource_declaration') {
			resources.push(readResource(statement));
		} else if (statement?.type === 'parameter_declaration') {
			const [name, , defaultValue] = statement.namedChildren;
			parameters.push({ name: name?.text ?? '', defaultValue: defaultValue ? toValue(defaultValue) : undefined });
		}
	}
	tree.delete();
	return { problems, resources, parameters };
}

function collectProblems(node: Node, problems: string[]): void {
	if (node.type === 'ERROR' || node.isMissing) {
		const kind = node.isMissing ? `MISSING ${node.type}` : 'ERROR';
		problems.push(
			`${kind} at ${node.startPosition.row + 1}:${node.startPosition.column + 1}: ${node.text.slice(0, 60)}`,
		);
	}
	for (const child of node.children) {
		if (child) {
			collectProblems(child, problems);
		}
	}
}

function readResource(node: Node): BicepResource {
	const named = node.namedChildren.filter((child): child is Node => child !== null && child.type !== 'comment');
	const [symbol, type, value] = named;
	let body: Node | null | undefined = value;
	if (body?.type === 'for_statement') {
		body = body.childForFieldName('body');
	}
	if (body?.type === 'if_statement') {
		body = body.namedChildren.find((child) => child?.type === 'object');
	}
	return {
		symbol: symbol?.text ?? '',
		typeAndVersion: type ? (toValue(type) as string) : '',
		existing: node.children.some((child) => child?.type === 'existing'),
		body: body ? toValue(body) : undefined,
	};
}

/** A literal as its JSON value; anything else (a call, a reference, an interpolation) as an expression. */
export function toValue(node: Node): unknown {
	switch (node.type) {
		case 'object': {
			const result: Record<string, unknown> = {};
			for (const property of node.namedChildren) {
				if (property?.type !== 'object_property') {
					continue;
				}
				const [key, value] = property.namedChildren.filter(
					(child): child is Node => child !== null && child.type !== 'comment',
				);
				if (key && value) {
					result[key.type === 'string' ? String(toValue(key)) : key.text] = toValue(value);
				}
			}
			return result;
		}
		case 'array':
			return node.namedChildren
				.filter((child): child is Node => child !== null && child.type !== 'comment')
				.map(toValue);
		case 'string':
			return node.namedChildren.some((child) => child?.type === 'interpolation')
				? { $expression: node.text }
				: unescapeBicepString(node.text);
		case 'number':
			return Number(node.text);
		case 'boolean':
			return node.text === 'true';
		case 'null':
			return null;
		default:
			return { $expression: node.text } satisfies BicepExpression;
	}
}

function unescapeBicepString(text: string): string {
	if (text.startsWith("'''")) {
		return text.slice(3, -3);
	}
	return text.slice(1, -1).replace(/\\(.)/g, (_, character: string) => {
		switch (character) {
			case 'n':
				return '\n';
			case 'r':
				return '\r';
			case 't':
				return '\t';
			default:
				return character;
		}
	});
}

export function isExpression(value: unknown): value is BicepExpression {
	return typeof value === 'object' && value !== null && '$expression' in value;
}
