/** Quoting for each language the equivalent commands are written in. Every function is total: any string in, valid literal out. */

const bashSafe = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** A word for bash (and other POSIX shells): bare when safe, otherwise single-quoted with `'\''` for each quote. */
export function bashWord(value: string): string {
	return bashSafe.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * A single-quoted PowerShell string. PowerShell treats the typographic single quotes
 * (U+2018 to U+201B) as quote marks too, so each of them is doubled like `'`.
 */
export function powerShellString(value: string): string {
	return `'${value.replace(/['\u2018\u2019\u201a\u201b]/g, (quote) => quote + quote)}'`;
}

/** A Bicep string literal: single-quoted, with `\`, `'`, `${` and control characters escaped. */
export function bicepString(value: string): string {
	let escaped = '';
	for (const character of value) {
		escaped += bicepEscapes[character] ?? escapeControl(character);
	}
	return `'${escaped.replace(/\$\{/g, '\\${')}'`;
}

const bicepEscapes: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeControl(character: string): string {
	const code = character.codePointAt(0) ?? 0;
	return code < 0x20 || code === 0x7f ? `\\u{${code.toString(16)}}` : character;
}

/**
 * ARM templates read a string that starts with `[` and ends with `]` as an expression;
 * a leading `[[` makes it a literal again. Applied to keys and values alike.
 */
export function armLiteral(value: string): string {
	return value.startsWith('[') && value.endsWith(']') ? `[${value}` : value;
}

/** Deep copy of a JSON value with every string made an ARM literal. */
export function armLiterals(value: unknown): unknown {
	if (typeof value === 'string') {
		return armLiteral(value);
	}
	if (Array.isArray(value)) {
		return value.map(armLiterals);
	}
	if (typeof value === 'object' && value !== null) {
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [armLiteral(key), armLiterals(item)]));
	}
	return value;
}
