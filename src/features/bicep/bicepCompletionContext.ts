/**
 * Decides what completion fits where the cursor is in a Bicep file, from the text before the cursor.
 * A light scanner rather than a parser: completion must answer at once, and the Bicep extension, when
 * installed, does the real analysis. Pure code.
 */

export type ValueKind = 'scaleSetId' | 'location';

export type CompletionContext =
	/** At the start of a top-level statement: offer the snippets, replacing from `tokenStart`. */
	| { readonly kind: 'snippet'; readonly tokenStart: number }
	/** After `attachedVirtualMachineScaleSetId:` or `location:` in a standby pool: offer values from `valueStart`. */
	| { readonly kind: 'value'; readonly value: ValueKind; readonly valueStart: number }
	| { readonly kind: 'none' };

const none: CompletionContext = { kind: 'none' };

/** Characters of a snippet prefix: the word VS Code sees stops at `-`, so the range must be widened. */
export const prefixTokenPattern = /[A-Za-z0-9_-]*$/;

export function bicepCompletionContext(textBeforeCursor: string): CompletionContext {
	const lineStart = textBeforeCursor.lastIndexOf('\n') + 1;
	const line = textBeforeCursor.slice(lineStart);
	const state = scanBicep(textBeforeCursor);

	const value = valueContext(line);
	if (value && state.depth > 0 && !state.inComment && isInStandbyPoolResource(textBeforeCursor)) {
		return value;
	}
	if (state.inString || state.inComment || state.depth > 0) {
		return none;
	}

	const token = prefixTokenPattern.exec(line)?.[0] ?? '';
	const before = line.slice(0, line.length - token.length);
	if (before.trim().length > 0) {
		return none;
	}
	return { kind: 'snippet', tokenStart: line.length - token.length };
}

/**
 * The scope a file deploys to: what its `targetScope` says, `resourceGroup` (Bicep's default) when it
 * declares resources or modules without one, and undefined when nothing in it decides yet.
 */
export function fileTargetScope(text: string): string | undefined {
	const declared = /^\s*targetScope\s*=\s*'([^']*)'/m.exec(text);
	if (declared) {
		return declared[1];
	}
	return /^\s*(resource|module)\s/m.test(text) ? 'resourceGroup' : undefined;
}

function valueContext(line: string): CompletionContext | undefined {
	const match = /^(\s*(attachedVirtualMachineScaleSetId|location)\s*:\s*)('[^']*)?$/.exec(line);
	if (!match) {
		return undefined;
	}
	const value: ValueKind = match[2] === 'location' ? 'location' : 'scaleSetId';
	return { kind: 'value', value, valueStart: (match[1] as string).length };
}

/** The nearest resource declaration above the cursor is a standby pool (of either kind). */
function isInStandbyPoolResource(text: string): boolean {
	const declarations = [...text.matchAll(/^\s*resource\s+[A-Za-z_][A-Za-z0-9_]*\s+'([^']*)'/gm)];
	const type = declarations[declarations.length - 1]?.[1] ?? '';
	return /^Microsoft\.StandbyPool\//i.test(type);
}

interface ScanState {
	depth: number;
	inString: boolean;
	inComment: boolean;
}

/** Nesting depth of `{ [ (` at the end of the text, ignoring strings and comments. */
export function scanBicep(text: string): ScanState {
	let depth = 0;
	let index = 0;
	while (index < text.length) {
		const character = text[index];
		const next = text[index + 1];
		if (character === '/' && next === '/') {
			const end = text.indexOf('\n', index);
			if (end < 0) {
				return { depth, inString: false, inComment: true };
			}
			index = end + 1;
		} else if (character === '/' && next === '*') {
			const end = text.indexOf('*/', index + 2);
			if (end < 0) {
				return { depth, inString: false, inComment: true };
			}
			index = end + 2;
		} else if (text.startsWith("'''", index)) {
			const end = text.indexOf("'''", index + 3);
			if (end < 0) {
				return { depth, inString: true, inComment: false };
			}
			index = end + 3;
		} else if (character === "'") {
			const end = endOfString(text, index + 1);
			if (end < 0) {
				return { depth, inString: true, inComment: false };
			}
			index = end + 1;
		} else {
			if (character === '{' || character === '[' || character === '(') {
				depth++;
			} else if (character === '}' || character === ']' || character === ')') {
				depth = Math.max(0, depth - 1);
			}
			index++;
		}
	}
	return { depth, inString: false, inComment: false };
}

/** Index of the quote closing a single-quoted string that starts at `from`, or -1. */
function endOfString(text: string, from: number): number {
	for (let index = from; index < text.length; index++) {
		const character = text[index];
		if (character === '\\') {
			index++;
		} else if (character === "'") {
			return index;
		} else if (character === '\n') {
			// A single-quoted string cannot span lines; treat the line as closed so one typo does not mute the file.
			return index;
		}
	}
	return -1;
}
