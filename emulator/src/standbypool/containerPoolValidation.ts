import { ArmError, badRequest } from '../http/armError';
import {
	type JsonObject,
	optionalObject,
	rejectUnknown,
	requireBoolean,
	requireEnum,
	requireInteger,
	requireObject,
	requireString,
	requireTags,
} from '../http/bodyChecks';
import type { ContainerPoolProperties } from '../state/model';
import { parseResourceId } from '../state/resourceIds';
import { versionModel } from './apiVersions';
import { envelopeFields } from './vmPoolValidation';

export interface ContainerPoolPut {
	location: string;
	tags?: Record<string, string>;
	properties: ContainerPoolProperties;
}

export interface ContainerPoolPatch {
	tags?: Record<string, string>;
	properties?: Partial<ContainerPoolProperties>;
}

/** Checks a PUT body against the `StandbyContainerGroupPoolResource` schema of the api-version. */
export function checkContainerPoolPut(body: unknown, version: string): ContainerPoolPut {
	const resource = requireObject(body ?? null, '');
	rejectUnknown(resource, '', ['location', 'tags', 'properties'], version, envelopeFields);
	const location = requireString(resource['location'] ?? missing('location'), 'location');
	const properties = checkProperties(
		requireObject(resource['properties'] ?? missing('properties'), 'properties'),
		version,
	);
	if (properties.elasticityProfile === undefined) {
		missing('properties.elasticityProfile');
	}
	if (properties.containerGroupProperties === undefined) {
		missing('properties.containerGroupProperties');
	}
	return { location, tags: requireTags(resource['tags'], 'tags'), properties: properties as ContainerPoolProperties };
}

export function checkContainerPoolPatch(body: unknown, version: string): ContainerPoolPatch {
	const update = requireObject(body ?? null, '');
	rejectUnknown(update, '', ['tags', 'properties'], version);
	const properties = optionalObject(update, 'properties', '');
	return {
		tags: requireTags(update['tags'], 'tags'),
		properties: properties === undefined ? undefined : checkProperties(properties, version),
	};
}

function checkProperties(properties: JsonObject, version: string): Partial<ContainerPoolProperties> {
	const model = versionModel(version);
	const known = ['elasticityProfile', 'containerGroupProperties', ...(model.healthAndPrediction ? ['zones'] : [])];
	rejectUnknown(properties, 'properties', known, version, ['provisioningState']);
	const result: Partial<ContainerPoolProperties> = {};
	const elasticity = optionalObject(properties, 'elasticityProfile', 'properties');
	if (elasticity !== undefined) {
		const path = 'properties.elasticityProfile';
		rejectUnknown(
			elasticity,
			path,
			['maxReadyCapacity', 'refillPolicy', ...(model.sizingOptions ? ['dynamicSizing'] : [])],
			version,
		);
		result.elasticityProfile = {
			maxReadyCapacity: requireInteger(
				elasticity['maxReadyCapacity'] ?? missing(`${path}.maxReadyCapacity`),
				`${path}.maxReadyCapacity`,
				0,
				model.capacityLimit,
			),
		};
		if (elasticity['refillPolicy'] !== undefined) {
			result.elasticityProfile.refillPolicy = requireEnum(
				elasticity['refillPolicy'],
				`${path}.refillPolicy`,
				['always'],
				version,
			);
		}
		const sizing = optionalObject(elasticity, 'dynamicSizing', path);
		if (sizing !== undefined) {
			rejectUnknown(sizing, `${path}.dynamicSizing`, ['enabled'], version);
			result.elasticityProfile.dynamicSizing =
				sizing['enabled'] === undefined
					? {}
					: { enabled: requireBoolean(sizing['enabled'], `${path}.dynamicSizing.enabled`) };
		}
	}
	const group = optionalObject(properties, 'containerGroupProperties', 'properties');
	if (group !== undefined) {
		result.containerGroupProperties = checkGroupProperties(group, version);
	}
	if (properties['zones'] !== undefined) {
		result.zones = checkZones(properties['zones']);
	}
	return result;
}

function checkGroupProperties(group: JsonObject, version: string): ContainerPoolProperties['containerGroupProperties'] {
	const path = 'properties.containerGroupProperties';
	rejectUnknown(group, path, ['containerGroupProfile', 'subnetIds'], version);
	const profile = requireObject(
		group['containerGroupProfile'] ?? missing(`${path}.containerGroupProfile`),
		`${path}.containerGroupProfile`,
	);
	rejectUnknown(profile, `${path}.containerGroupProfile`, ['id', 'revision'], version);
	const id = requireArmId(
		profile['id'] ?? missing(`${path}.containerGroupProfile.id`),
		`${path}.containerGroupProfile.id`,
		'microsoft.containerinstance/containergroupprofiles',
	);
	const result: ContainerPoolProperties['containerGroupProperties'] = { containerGroupProfile: { id } };
	if (profile['revision'] !== undefined) {
		result.containerGroupProfile.revision = requireInteger(
			profile['revision'],
			`${path}.containerGroupProfile.revision`,
			0,
		);
	}
	if (group['subnetIds'] !== undefined) {
		if (!Array.isArray(group['subnetIds'])) {
			throw badRequest(`The value of '${path}.subnetIds' must be an array.`, `${path}.subnetIds`);
		}
		result.subnetIds = group['subnetIds'].map((entry: unknown, index) => {
			const subnet = requireObject(entry, `${path}.subnetIds[${index}]`);
			return {
				id: requireString(subnet['id'] ?? missing(`${path}.subnetIds[${index}].id`), `${path}.subnetIds[${index}].id`),
			};
		});
	}
	return result;
}

function checkZones(value: unknown): string[] {
	if (!Array.isArray(value) || !value.every((zone) => typeof zone === 'string' && /^[1-3]$/.test(zone))) {
		throw badRequest(
			'The value of \'properties.zones\' must be a list of zones such as ["1", "2", "3"].',
			'properties.zones',
		);
	}
	return value as string[];
}

function requireArmId(value: unknown, path: string, type: string): string {
	const id = requireString(value, path);
	const parsed = parseResourceId(id);
	if (!parsed || `${parsed.namespace}/${parsed.type}`.toLowerCase() !== type) {
		throw new ArmError(400, 'LinkedInvalidPropertyId', `Property id '${id}' at path '${path}' is invalid.`, path);
	}
	return id;
}

function missing(path: string): never {
	throw badRequest(`The property '${path}' is required.`, path);
}
