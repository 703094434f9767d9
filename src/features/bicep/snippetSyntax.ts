/**
 * The subset of VS Code's snippet syntax the template files use: tab stops (`$1`, `${1}`), placeholders
 * (`${1:default}`, possibly nested), choices (`${1|a,b|}`) and backslash escapes. Variables and
 * transforms are rejected so that a template can never depend on editor state.
 * Pure code: the golden tests expand templates with it outside VS Code.
 */

export type SnippetNode =
	| { readonly kind: 'text'; readonly value: string }
	| { readonly kind: 'placeholder'; readonly index: number; readonly children: readonly SnippetNode[] }
	| { readonly kind: 'choice'; readonly index: number; readonly options: readonly string[] };

export class SnippetSyntaxError extends Error {
	constructor(
		message: string,
		readonly offset: number,
	) {
		super(`${message} at offset ${offset}`);
		this.name = 'SnippetSyntaxError';
	}
}

export function parseSnippet(source: string): SnippetNode[] {
	const parser = new Parser(source);
	const nodes = parser.parseUntil(undefined);
	return nodes;
}

class Parser {
	private position = 0;

	constructor(private readonly source: string) {}

	/** Parses nodes until `stop` (a closing brace of an enclosing placeholder) or the end. */
	parseUntil(stop: '}' | undefined): SnippetNode[] {
		const nodes: SnippetNode[] = [];
		let text = '';
		const flushText = (): void => {
			if (text.length > 0) {
				nodes.push({ kind: 'text', value: text });
				text = '';
			}
		};

		while (this.position < this.source.length) {
			const character = this.source[this.position] as string;
			if (character === '\\' && this.isEscapable(this.source[this.position + 1], '$}\\')) {
				text += this.source[this.position + 1];
				this.position += 2;
			} else if (character === '}' && stop === '}') {
				flushText();
				return nodes;
			} else if (character === '$' && this.startsTabStop()) {
				flushText();
				nodes.push(this.parseTabStop());
			} else {
				text += character;
				this.position += 1;
			}
		}

		if (stop !== undefined) {
			throw new SnippetSyntaxError('Unclosed placeholder', this.position);
		}
		flushText();
		return nodes;
	}

	private isEscapable(next: string | undefined, characters: string): boolean {
		return next !== undefined && characters.includes(next);
	}

	private startsTabStop(): boolean {
		const next = this.source[this.position + 1];
		if (next === undefined) {
			return false;
		}
		if (/[0-9]/.test(next)) {
			return true;
		}
		if (next === '{') {
			return true;
		}
		if (/[A-Za-z_]/.test(next)) {
			throw new SnippetSyntaxError('Snippet variables are not allowed in templates', this.position);
		}
		return false;
	}

	private parseTabStop(): SnippetNode {
		const start = this.position;
		this.position += 1;
		if (this.source[this.position] !== '{') {
			return { kind: 'placeholder', index: this.readIndex(start), children: [] };
		}

		this.position += 1;
		const index = this.readIndex(start);
		const next = this.source[this.position];
		if (next === '}') {
			this.position += 1;
			return { kind: 'placeholder', index, children: [] };
		}
		if (next === ':') {
			this.position += 1;
			const children = this.parseUntil('}');
			this.position += 1;
			return { kind: 'placeholder', index, children };
		}
		if (next === '|') {
			this.position += 1;
			return { kind: 'choice', index, options: this.readChoiceOptions(start) };
		}
		throw new SnippetSyntaxError('Unsupported tab stop syntax (transforms are not allowed)', start);
	}

	private readIndex(start: number): number {
		const match = /^[0-9]+/.exec(this.source.slice(this.position));
		if (!match) {
			throw new SnippetSyntaxError('Expected a tab stop number', start);
		}
		this.position += match[0].length;
		return Number(match[0]);
	}

	private readChoiceOptions(start: number): string[] {
		const options: string[] = [];
		let option = '';
		while (this.position < this.source.length) {
			const character = this.source[this.position] as string;
			if (character === '\\' && this.isEscapable(this.source[this.position + 1], ',|\\')) {
				option += this.source[this.position + 1];
				this.position += 2;
			} else if (character === ',') {
				options.push(option);
				option = '';
				this.position += 1;
			} else if (character === '|' && this.source[this.position + 1] === '}') {
				options.push(option);
				this.position += 2;
				return options;
			} else {
				option += character;
				this.position += 1;
			}
		}
		throw new SnippetSyntaxError('Unclosed choice', start);
	}
}

/**
 * The text a snippet inserts when the user accepts every default: each placeholder's default, the
 * chosen option of each choice (the first unless `choose` says otherwise), and every mirror of a tab stop
 * the same as its defining occurrence, as VS Code does.
 */
export function expandSnippet(
	source: string,
	choose: (index: number, options: readonly string[]) => number = () => 0,
): string {
	const nodes = parseSnippet(source);
	const values = new Map<number, string>();
	collectValues(nodes, values, choose);
	return render(nodes, values);
}

function collectValues(
	nodes: readonly SnippetNode[],
	values: Map<number, string>,
	choose: (index: number, options: readonly string[]) => number,
): void {
	for (const node of nodes) {
		if (node.kind === 'choice' && !values.has(node.index)) {
			const picked = node.options[choose(node.index, node.options)];
			values.set(node.index, picked ?? node.options[0] ?? '');
		} else if (node.kind === 'placeholder' && node.children.length > 0) {
			collectValues(node.children, values, choose);
			if (!values.has(node.index)) {
				values.set(node.index, render(node.children, values));
			}
		}
	}
}

function render(nodes: readonly SnippetNode[], values: ReadonlyMap<number, string>): string {
	return nodes
		.map((node) => {
			if (node.kind === 'text') {
				return node.value;
			}
			return values.get(node.index) ?? '';
		})
		.join('');
}

/** Every tab stop index that a snippet uses, sorted. */
export function tabStopIndexes(source: string): number[] {
	const indexes = new Set<number>();
	const visit = (nodes: readonly SnippetNode[]): void => {
		for (const node of nodes) {
			if (node.kind !== 'text') {
				indexes.add(node.index);
			}
			if (node.kind === 'placeholder') {
				visit(node.children);
			}
		}
	};
	visit(parseSnippet(source));
	return [...indexes].sort((left, right) => left - right);
}

/** Escapes text for use as one option of a choice. */
export function escapeChoiceOption(text: string): string {
	return text.replace(/[\\,|]/g, (character) => `\\${character}`);
}

/**
 * Turns the defining occurrence of tab stop `index` (a placeholder with a default, or a choice) into a
 * choice whose options are its current default followed by `extraOptions`. Mirrors stay mirrors.
 * Returns the source unchanged when there is nothing to add.
 */
export function addChoices(source: string, index: number, extraOptions: readonly string[]): string {
	if (extraOptions.length === 0) {
		return source;
	}
	const span = findDefiningSpan(source, index);
	if (!span) {
		throw new Error(`The snippet has no placeholder ${index} with a default`);
	}

	const node = parseSnippet(source.slice(span.start, span.end))[0];
	let existing: readonly string[];
	if (node?.kind === 'choice') {
		existing = node.options;
	} else if (node?.kind === 'placeholder') {
		existing = [expandSnippet(source.slice(span.start + `\${${index}:`.length, span.end - 1))];
	} else {
		existing = [];
	}
	const options = [...existing, ...extraOptions.filter((option) => !existing.includes(option))];
	const choice = `\${${index}|${options.map(escapeChoiceOption).join(',')}|}`;
	return source.slice(0, span.start) + choice + source.slice(span.end);
}

/** Finds `${index:...}` or `${index|...|}` in the source, honouring escapes and nesting. */
function findDefiningSpan(source: string, index: number): { start: number; end: number } | undefined {
	const openers = [`\${${index}:`, `\${${index}|`];
	for (let position = 0; position < source.length; position++) {
		if (source[position] === '\\') {
			position++;
			continue;
		}
		const opener = openers.find((candidate) => source.startsWith(candidate, position));
		if (opener) {
			return { start: position, end: findClosingBrace(source, position + opener.length, opener.endsWith('|')) };
		}
	}
	return undefined;
}

function findClosingBrace(source: string, from: number, isChoice: boolean): number {
	let depth = 0;
	for (let position = from; position < source.length; position++) {
		const character = source[position];
		if (character === '\\') {
			position++;
		} else if (isChoice && character === '|' && source[position + 1] === '}') {
			return position + 2;
		} else if (!isChoice && character === '$' && source[position + 1] === '{') {
			depth++;
			position++;
		} else if (!isChoice && character === '}') {
			if (depth === 0) {
				return position + 1;
			}
			depth--;
		}
	}
	throw new SnippetSyntaxError('Unclosed placeholder', from);
}
