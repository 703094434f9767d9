import { badRequest } from './armError';

/**
 * Small schema checks for request bodies. Each names the JSON path at fault as the error `target`, the way ARM's
 * payload validation does, and stops at the first problem.
 */
export type JsonObject = Record<string, unknown>;

export function requireObject(value: unknown, path: string): JsonObject {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		if (path === '') {
			throw badRequest('The request content must be a JSON object.', undefined, 'InvalidRequestContent');
		}
		throw badRequest(`The value of '${path}' must be a JSON object.`, path);
	}
	return value as JsonObject;
}

export function optionalObject(parent: JsonObject, key: string, path: string): JsonObject | undefined {
	const value = parent[key];
	return value === undefined || value === null ? undefined : requireObject(value, join(path, key));
}

export function requireInteger(value: unknown, path: string, minimum: number, maximum?: number): number {
	const range = maximum === undefined ? `${minimum} or more` : `from ${minimum} to ${maximum}`;
	if (
		typeof value !== 'number' ||
		!Number.isInteger(value) ||
		value < minimum ||
		(maximum !== undefined && value > maximum)
	) {
		throw badRequest(`The value of '${path}' must be a whole number ${range}; got ${JSON.stringify(value)}.`, path);
	}
	return value;
}

export function requireString(value: unknown, path: string): string {
	if (typeof value !== 'string') {
		throw badRequest(`The value of '${path}' must be a string.`, path);
	}
	return value;
}

export function requireBoolean(value: unknown, path: string): boolean {
	if (typeof value !== 'boolean') {
		throw badRequest(`The value of '${path}' must be true or false.`, path);
	}
	return value;
}

/** Matches an enum value without regard to case, as Azure does, and returns the canonical spelling. */
export function requireEnum(value: unknown, path: string, allowed: string[], version: string): string {
	const text = requireString(value, path);
	const found = allowed.find((entry) => entry.toLowerCase() === text.toLowerCase());
	if (found === undefined) {
		throw badRequest(
			`The value '${text}' is not valid for '${path}' at api-version '${version}'. Allowed values: ${allowed.join(', ')}.`,
			path,
		);
	}
	return found;
}

/** Refuses properties the api-version's schema does not define; `ignored` are accepted and dropped. */
export function rejectUnknown(
	value: JsonObject,
	path: string,
	known: string[],
	version: string,
	ignored: string[] = [],
): void {
	for (const key of Object.keys(value)) {
		if (!known.includes(key) && !ignored.includes(key)) {
			const target = join(path, key);
			throw badRequest(`The property '${target}' is not defined at api-version '${version}'.`, target);
		}
	}
}

export function requireTags(value: unknown, path: string): Record<string, string> | undefined {
	if (value === undefined || value === null) {
		return undefined;
	}
	const tags = requireObject(value, path);
	const entries = Object.entries(tags);
	if (entries.length > 50) {
		throw badRequest(`At most 50 tags are allowed; got ${entries.length}.`, path, 'InvalidTag');
	}
	for (const [key, tagValue] of entries) {
		if (typeof tagValue !== 'string' || key.length === 0 || key.length > 512 || tagValue.length > 256) {
			throw badRequest(
				`The tag '${key}' is invalid: names have 1 to 512 characters, values are strings of up to 256.`,
				join(path, key),
				'InvalidTag',
			);
		}
	}
	return tags as Record<string, string>;
}

export function join(path: string, key: string): string {
	return path === '' ? key : `${path}.${key}`;
}
