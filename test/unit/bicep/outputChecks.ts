import * as assert from 'node:assert/strict';
import { parseResourceId } from '../../../src/core/azure/resourceId';
import { isExpression, parseBicep, type BicepResource, type ParsedBicep } from './bicepSyntaxTree';
import { validateTrackedResource, type Definitions } from './swaggerValidator';

export const newestStableApiVersion = '2026-04-01';

/** The built-in roles the Standby Pool Resource Provider needs, by role definition id. */
export const providerRoleIds: Readonly<Record<string, string>> = {
	'9980e02c-c2be-4d73-94e8-173b1dc7cf3c': 'Virtual Machine Contributor',
	'4d97b98b-1d4f-4787-a291-c67834d212e7': 'Network Contributor',
	'f1a07417-d97a-45cb-824c-7a7467783830': 'Managed Identity Operator',
};

const propertiesDefinitionByType: Readonly<Record<string, string>> = {
	'microsoft.standbypool/standbyvirtualmachinepools': 'StandbyVirtualMachinePoolResourceProperties',
	'microsoft.standbypool/standbycontainergrouppools': 'StandbyContainerGroupPoolResourceProperties',
};

/** Parses Bicep with the tree-sitter grammar and fails on any ERROR or MISSING node. */
export function assertCleanBicep(source: string, label: string): ParsedBicep {
	const parsed = parseBicep(source);
	assert.deepEqual(parsed.problems, [], `${label} does not parse as Bicep`);
	return parsed;
}

/** Every resource in the file is a known kind and its body satisfies the specification. */
export function assertValidBicepResources(parsed: ParsedBicep, definitions: Definitions, label: string): void {
	assert.ok(parsed.resources.length > 0, `${label} declares no resource`);
	for (const resource of parsed.resources) {
		const [type = '', apiVersion = ''] = resource.typeAndVersion.split('@');
		const body = resource.body as Record<string, unknown>;
		assert.equal(typeof body, 'object', `${label}: ${resource.symbol} has no body object`);
		assertValidResource(type, apiVersion, body, resource, definitions, isExpression, label);
	}
}

/** An ARM template expression is a string in square brackets that does not start with `[[`. */
export function isArmExpression(value: unknown): boolean {
	return typeof value === 'string' && value.startsWith('[') && !value.startsWith('[[') && value.endsWith(']');
}

/** One resource object of an ARM template satisfies the specification. */
export function assertValidArmResource(
	resource: Record<string, unknown>,
	definitions: Definitions,
	label: string,
): void {
	assertValidResource(
		String(resource['type']),
		String(resource['apiVersion']),
		resource,
		undefined,
		definitions,
		isArmExpression,
		label,
	);
}

function assertValidResource(
	type: string,
	apiVersion: string,
	body: Record<string, unknown>,
	bicep: BicepResource | undefined,
	definitions: Definitions,
	expression: (value: unknown) => boolean,
	label: string,
): void {
	const definition = propertiesDefinitionByType[type.toLowerCase()];
	if (definition) {
		assert.equal(apiVersion, newestStableApiVersion, `${label}: ${type} should use the newest stable api-version`);
		assert.deepEqual(validateTrackedResource(body, definition, definitions, expression), [], `${label}: ${type}`);
	} else if (type === 'Microsoft.Authorization/roleAssignments') {
		assertProviderRoleAssignment(body, label);
	} else if (type === 'Microsoft.Compute/virtualMachineScaleSets' && bicep?.existing) {
		assert.deepEqual(Object.keys(body).sort(), ['name', 'scope'], `${label}: existing scale set reference`);
	} else {
		assert.fail(`${label}: unexpected resource type ${type}`);
	}
}

function assertProviderRoleAssignment(body: Record<string, unknown>, label: string): void {
	const properties = body['properties'] as Record<string, unknown>;
	assert.ok(properties, `${label}: role assignment without properties`);
	assert.deepEqual(
		Object.keys(properties).sort(),
		['principalId', 'principalType', 'roleDefinitionId'],
		`${label}: role assignment properties`,
	);
	assert.equal(properties['principalType'], 'ServicePrincipal', `${label}: the provider is a service principal`);
}

/** Checks that the mistakes of the public samples are not reproduced. */
export function assertNoKnownSampleMistakes(text: string, label: string): void {
	assert.doesNotMatch(
		text,
		/"maxReadyCapacity"\s*:\s*[^,{}\s]+\s+"minReadyCapacity"/,
		`${label}: missing comma between maxReadyCapacity and minReadyCapacity`,
	);
	assert.doesNotMatch(
		text,
		/virtualMachineScaleSets\/[^'"\s]*[{}]['"]/,
		`${label}: a scale set id ends in a stray brace`,
	);
}

/** Every literal that looks like a resource id is one, with no stray characters. */
export function assertLiteralIdsParse(value: unknown, label: string): void {
	if (typeof value === 'string') {
		if (value.startsWith('/subscriptions/')) {
			assert.ok(parseResourceId(value), `${label}: ${value} is not a valid resource id`);
			assert.doesNotMatch(value, /[{}]/, `${label}: ${value} contains a brace`);
		}
	} else if (Array.isArray(value)) {
		value.forEach((item) => assertLiteralIdsParse(item, label));
	} else if (typeof value === 'object' && value !== null) {
		Object.values(value).forEach((item) => assertLiteralIdsParse(item, label));
	}
}
