/**
 * Writes JSON values as Bicep source. Pure code, used by the export and by the dynamic snippet choices.
 */

const identifierPattern = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A Bicep single-quoted string literal; `${` is escaped so that text never becomes an interpolation. */
export function bicepString(value: string): string {
	const escaped = value.replace(/[\\'\n\r\t]|\$\{/g, (match) => {
		switch (match) {
			case '\\':
				return '\\\\';
			case "'":
				return "\\'";
			case '\n':
				return '\\n';
			case '\r':
				return '\\r';
			case '\t':
				return '\\t';
			default:
				return '\\${';
		}
	});
	return `'${escaped}'`;
}

/** An object key: bare when it is an identifier, quoted otherwise. */
export function bicepKey(key: string): string {
	return identifierPattern.test(key) ? key : bicepString(key);
}

/**
 * A JSON value as a Bicep expression, objects and arrays on several lines, indented with `indent` per
 * level starting at `level`. `replace` may substitute raw Bicep (a parameter reference, say) for the
 * value at a path such as `properties.attachedVirtualMachineScaleSetId`.
 */
export function bicepValue(
	value: unknown,
	options: { indent: string; level: number; path?: string; replace?: (path: string) => string | undefined },
): string {
	const path = options.path ?? '';
	const replacement = options.replace?.(path);
	if (replacement !== undefined) {
		return replacement;
	}

	if (value === null || value === undefined) {
		return 'null';
	}
	if (typeof value === 'string') {
		return bicepString(value);
	}
	if (typeof value === 'number') {
		return bicepNumber(value);
	}
	if (typeof value === 'boolean') {
		return value ? 'true' : 'false';
	}

	const inner = options.indent.repeat(options.level + 1);
	const outer = options.indent.repeat(options.level);
	if (Array.isArray(value)) {
		if (value.length === 0) {
			return '[]';
		}
		const items = value.map(
			(item, index) => inner + bicepValue(item, { ...options, level: options.level + 1, path: `${path}[${index}]` }),
		);
		return `[\n${items.join('\n')}\n${outer}]`;
	}
	if (typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
		if (entries.length === 0) {
			return '{}';
		}
		const lines = entries.map(([key, item]) => {
			const childPath = path ? `${path}.${key}` : key;
			return `${inner}${bicepKey(key)}: ${bicepValue(item, { ...options, level: options.level + 1, path: childPath })}`;
		});
		return `{\n${lines.join('\n')}\n${outer}}`;
	}
	throw new Error(`Cannot write a ${typeof value} as Bicep`);
}

/**
 * Bicep has only integer literals; a fraction or an integer beyond its 64-bit range is kept as
 * `json('…')`, which Bicep evaluates to the same JSON number.
 */
function bicepNumber(value: number): string {
	if (!Number.isFinite(value)) {
		throw new Error(`Cannot write ${value} as Bicep`);
	}
	if (Number.isSafeInteger(value)) {
		return String(value);
	}
	return `json(${bicepString(String(value))})`;
}
