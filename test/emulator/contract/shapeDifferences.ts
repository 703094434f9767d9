/**
 * Lists how `actual` differs from `expected` in shape: properties missing or extra, and JSON types that differ.
 * Values are compared too where `compareValue(path)` says so. Arrays are compared by their first element.
 */
export function shapeDifferences(
	expected: unknown,
	actual: unknown,
	compareValue: (path: string) => boolean,
	path = '',
): string[] {
	const expectedType = jsonType(expected);
	const actualType = jsonType(actual);
	if (expectedType !== actualType) {
		return [`${path || '(body)'}: ${expectedType} expected, ${actualType} found`];
	}
	if (expectedType === 'object') {
		return objectDifferences(
			expected as Record<string, unknown>,
			actual as Record<string, unknown>,
			compareValue,
			path,
		);
	}
	if (expectedType === 'array') {
		const [first] = expected as unknown[];
		const [found] = actual as unknown[];
		if (first === undefined || found === undefined) {
			return [];
		}
		return shapeDifferences(first, found, compareValue, `${path}[0]`);
	}
	if (compareValue(path) && JSON.stringify(expected) !== JSON.stringify(actual)) {
		return [`${path}: ${JSON.stringify(expected)} expected, ${JSON.stringify(actual)} found`];
	}
	return [];
}

function objectDifferences(
	expected: Record<string, unknown>,
	actual: Record<string, unknown>,
	compareValue: (path: string) => boolean,
	path: string,
): string[] {
	const differences: string[] = [];
	for (const key of Object.keys(expected)) {
		const child = path === '' ? key : `${path}.${key}`;
		if (!(key in actual)) {
			differences.push(`${child}: missing`);
		} else {
			differences.push(...shapeDifferences(expected[key], actual[key], compareValue, child));
		}
	}
	for (const key of Object.keys(actual)) {
		if (!(key in expected)) {
			differences.push(`${path === '' ? key : `${path}.${key}`}: extra`);
		}
	}
	return differences;
}

function jsonType(value: unknown): string {
	if (value === null) {
		return 'null';
	}
	return Array.isArray(value) ? 'array' : typeof value;
}
