import * as fs from 'node:fs';
import { repoPath } from './repoPaths';

/** The parts of an OpenAPI 2.0 schema this validator understands. */
interface Schema {
	readonly $ref?: string;
	readonly type?: string;
	readonly enum?: readonly unknown[];
	readonly minimum?: number;
	readonly maximum?: number;
	readonly required?: readonly string[];
	readonly properties?: Readonly<Record<string, Schema>>;
	readonly items?: Schema;
	readonly additionalProperties?: Schema | boolean;
	readonly readOnly?: boolean;
}

export type Definitions = Readonly<Record<string, Schema>>;

/** The definitions of the 2026-04-01 Microsoft.StandbyPool specification, copied into test/fixtures/specs. */
export function loadStandbyPoolDefinitions(): Definitions {
	const spec = JSON.parse(
		fs.readFileSync(repoPath('test', 'fixtures', 'specs', 'standbypool-2026-04-01.json'), 'utf8'),
	) as {
		definitions: Definitions;
	};
	return spec.definitions;
}

/**
 * Checks a value against a definition: required properties, types, enums, minimum and maximum, and
 * read-only properties (a template must not set them). It is stricter than ARM in one way on purpose:
 * a property the specification does not define is an error, which is how a misspelt name shows up.
 * `isExpression` says which values are computed at deployment and so cannot be checked here.
 */
export function validateAgainst(
	value: unknown,
	definitionName: string,
	definitions: Definitions,
	isExpression: (value: unknown) => boolean,
): string[] {
	const problems: string[] = [];
	check(value, { $ref: `#/definitions/${definitionName}` }, definitionName, definitions, isExpression, problems);
	return problems;
}

function check(
	value: unknown,
	schema: Schema,
	path: string,
	definitions: Definitions,
	isExpression: (value: unknown) => boolean,
	problems: string[],
): void {
	const resolved = resolve(schema, definitions);
	if (isExpression(value)) {
		return;
	}
	if (resolved.enum && !resolved.enum.includes(value)) {
		problems.push(`${path}: ${JSON.stringify(value)} is not one of ${resolved.enum.join(', ')}`);
	}

	switch (resolved.type) {
		case 'string':
			if (typeof value !== 'string') {
				problems.push(`${path}: expected a string, got ${JSON.stringify(value)}`);
			}
			return;
		case 'integer':
		case 'number':
			checkNumber(value, resolved, path, problems);
			return;
		case 'boolean':
			if (typeof value !== 'boolean') {
				problems.push(`${path}: expected a boolean, got ${JSON.stringify(value)}`);
			}
			return;
		case 'array':
			if (!Array.isArray(value)) {
				problems.push(`${path}: expected an array`);
				return;
			}
			value.forEach((item, index) =>
				check(item, resolved.items ?? {}, `${path}[${index}]`, definitions, isExpression, problems),
			);
			return;
		case 'object':
		case undefined:
			if (resolved.properties || resolved.type === 'object') {
				checkObject(value, resolved, path, definitions, isExpression, problems);
			}
			return;
		default:
			problems.push(`${path}: the validator does not know type ${resolved.type}`);
	}
}

function checkNumber(value: unknown, schema: Schema, path: string, problems: string[]): void {
	if (typeof value !== 'number' || (schema.type === 'integer' && !Number.isInteger(value))) {
		problems.push(
			`${path}: expected ${schema.type === 'integer' ? 'an integer' : 'a number'}, got ${JSON.stringify(value)}`,
		);
		return;
	}
	if (schema.minimum !== undefined && value < schema.minimum) {
		problems.push(`${path}: ${value} is below the minimum ${schema.minimum}`);
	}
	if (schema.maximum !== undefined && value > schema.maximum) {
		problems.push(`${path}: ${value} is above the maximum ${schema.maximum}`);
	}
}

function checkObject(
	value: unknown,
	schema: Schema,
	path: string,
	definitions: Definitions,
	isExpression: (value: unknown) => boolean,
	problems: string[],
): void {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		problems.push(`${path}: expected an object`);
		return;
	}
	const record = value as Record<string, unknown>;
	for (const name of schema.required ?? []) {
		if (!(name in record)) {
			problems.push(`${path}: required property ${name} is missing`);
		}
	}
	for (const [name, item] of Object.entries(record)) {
		const propertySchema = schema.properties?.[name];
		if (propertySchema) {
			if (resolve(propertySchema, definitions).readOnly || propertySchema.readOnly) {
				problems.push(`${path}.${name}: is read-only and must not be set`);
			}
			check(item, propertySchema, `${path}.${name}`, definitions, isExpression, problems);
		} else if (typeof schema.additionalProperties === 'object') {
			check(item, schema.additionalProperties, `${path}.${name}`, definitions, isExpression, problems);
		} else {
			problems.push(`${path}.${name}: is not defined by the specification`);
		}
	}
}

function resolve(schema: Schema, definitions: Definitions): Schema {
	let current = schema;
	for (let depth = 0; current.$ref && depth < 20; depth++) {
		const match = /^#\/definitions\/(.+)$/.exec(current.$ref);
		const target = match ? definitions[match[1] as string] : undefined;
		if (!target) {
			throw new Error(`Cannot resolve ${current.$ref}`);
		}
		current = target;
	}
	return current;
}

/**
 * A tracked resource's envelope comes from common-types, which the specification only references:
 * `location` is required, `tags` is a map of strings. The body is checked against `propertiesDefinition`.
 */
export function validateTrackedResource(
	resource: Record<string, unknown>,
	propertiesDefinition: string,
	definitions: Definitions,
	isExpression: (value: unknown) => boolean,
): string[] {
	const problems: string[] = [];
	const allowed = new Set([
		'type',
		'apiVersion',
		'name',
		'location',
		'tags',
		'properties',
		'dependsOn',
		'copy',
		'scope',
	]);
	for (const key of Object.keys(resource)) {
		if (!allowed.has(key)) {
			problems.push(`resource.${key}: is not a property of a tracked resource`);
		}
	}
	if (typeof resource['name'] !== 'string' && !isExpression(resource['name'])) {
		problems.push('resource.name: expected a string');
	}
	if (typeof resource['location'] !== 'string' && !isExpression(resource['location'])) {
		problems.push('resource.location: required, expected a string');
	}
	const tags = resource['tags'];
	if (tags !== undefined && !isExpression(tags)) {
		if (typeof tags !== 'object' || tags === null || Array.isArray(tags)) {
			problems.push('resource.tags: expected an object');
		} else {
			for (const [key, tag] of Object.entries(tags)) {
				if (typeof tag !== 'string' && !isExpression(tag)) {
					problems.push(`resource.tags.${key}: expected a string`);
				}
			}
		}
	}
	problems.push(...validateAgainst(resource['properties'], propertiesDefinition, definitions, isExpression));
	return problems;
}
