import { badRequest } from '../http/armError';
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
import type { VmPoolProperties } from '../state/model';
import { versionModel } from './apiVersions';

/** Fields ARM puts on every resource; a client may send them back in a PUT and they are ignored. */
export const envelopeFields = ['id', 'name', 'type', 'systemData'];
const isoDuration = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

export interface VmPoolPut {
	location: string;
	tags?: Record<string, string>;
	properties: VmPoolProperties;
}

export interface VmPoolPatch {
	tags?: Record<string, string>;
	properties?: Partial<VmPoolProperties>;
}

/** Checks a PUT body against the `StandbyVirtualMachinePoolResource` schema of the request's api-version. */
export function checkVmPoolPut(body: unknown, version: string): VmPoolPut {
	const resource = requireObject(body ?? null, '');
	rejectUnknown(resource, '', ['location', 'tags', 'properties'], version, envelopeFields);
	const location = requireString(resource['location'] ?? missing('location'), 'location');
	if (location.trim() === '') {
		throw badRequest("The value of 'location' must not be empty.", 'location', 'LocationRequired');
	}
	const properties = requireObject(resource['properties'] ?? missing('properties'), 'properties');
	const checked = checkProperties(properties, version, true);
	return { location, tags: requireTags(resource['tags'], 'tags'), properties: checked as VmPoolProperties };
}

/** Checks a PATCH body (`StandbyVirtualMachinePoolResourceUpdate`): nothing is required, except as nested. */
export function checkVmPoolPatch(body: unknown, version: string): VmPoolPatch {
	const update = requireObject(body ?? null, '');
	rejectUnknown(update, '', ['tags', 'properties'], version);
	const properties = optionalObject(update, 'properties', '');
	return {
		tags: requireTags(update['tags'], 'tags'),
		properties: properties === undefined ? undefined : checkProperties(properties, version, false),
	};
}

function checkProperties(properties: JsonObject, version: string, isPut: boolean): Partial<VmPoolProperties> {
	const model = versionModel(version);
	const known = ['elasticityProfile', 'virtualMachineState', 'attachedVirtualMachineScaleSetId'];
	if (model.stateDistribution) {
		known.push('vmStateDistribution');
	}
	rejectUnknown(properties, 'properties', known, version, ['provisioningState']);
	const result: Partial<VmPoolProperties> = {};

	const elasticity = optionalObject(properties, 'elasticityProfile', 'properties');
	if (elasticity !== undefined) {
		result.elasticityProfile = checkElasticity(elasticity, version);
	}
	const state = properties['virtualMachineState'];
	if (state !== undefined) {
		result.virtualMachineState = requireEnum(state, 'properties.virtualMachineState', model.vmStates, version);
	} else if (isPut) {
		missing('properties.virtualMachineState');
	}
	const distribution = optionalObject(properties, 'vmStateDistribution', 'properties');
	if (distribution !== undefined) {
		result.vmStateDistribution = checkDistribution(distribution, version);
	}
	const scaleSetId = properties['attachedVirtualMachineScaleSetId'];
	if (scaleSetId !== undefined && scaleSetId !== null) {
		result.attachedVirtualMachineScaleSetId = requireString(scaleSetId, 'properties.attachedVirtualMachineScaleSetId');
	}
	return result;
}

function checkElasticity(profile: JsonObject, version: string): NonNullable<VmPoolProperties['elasticityProfile']> {
	const model = versionModel(version);
	const path = 'properties.elasticityProfile';
	const known = ['maxReadyCapacity', 'minReadyCapacity'];
	if (model.sizingOptions) {
		known.push('postProvisioningDelay', 'dynamicSizing');
	}
	rejectUnknown(profile, path, known, version);
	const limit = model.capacityLimit;
	const result: NonNullable<VmPoolProperties['elasticityProfile']> = {
		maxReadyCapacity: requireInteger(
			profile['maxReadyCapacity'] ?? missing(`${path}.maxReadyCapacity`),
			`${path}.maxReadyCapacity`,
			0,
			limit,
		),
	};
	if (profile['minReadyCapacity'] !== undefined) {
		result.minReadyCapacity = requireInteger(profile['minReadyCapacity'], `${path}.minReadyCapacity`, 0, limit);
	}
	if (profile['postProvisioningDelay'] !== undefined) {
		const delay = requireString(profile['postProvisioningDelay'], `${path}.postProvisioningDelay`);
		if (!isoDuration.test(delay)) {
			throw badRequest(
				`The value '${delay}' of '${path}.postProvisioningDelay' is not an ISO 8601 duration such as 'PT5M'.`,
				`${path}.postProvisioningDelay`,
			);
		}
		result.postProvisioningDelay = delay;
	}
	const sizing = optionalObject(profile, 'dynamicSizing', path);
	if (sizing !== undefined) {
		rejectUnknown(sizing, `${path}.dynamicSizing`, ['enabled'], version);
		result.dynamicSizing =
			sizing['enabled'] === undefined
				? {}
				: { enabled: requireBoolean(sizing['enabled'], `${path}.dynamicSizing.enabled`) };
	}
	return result;
}

function checkDistribution(
	distribution: JsonObject,
	version: string,
): NonNullable<VmPoolProperties['vmStateDistribution']> {
	const path = 'properties.vmStateDistribution';
	const fields = ['runningPercent', 'deallocatedPercent', 'hibernatedPercent'] as const;
	rejectUnknown(distribution, path, [...fields], version);
	const result: NonNullable<VmPoolProperties['vmStateDistribution']> = {};
	for (const field of fields) {
		if (distribution[field] !== undefined) {
			result[field] = requireInteger(distribution[field], `${path}.${field}`, 0, 100);
		}
	}
	return result;
}

function missing(path: string): never {
	throw badRequest(`The property '${path}' is required.`, path);
}
