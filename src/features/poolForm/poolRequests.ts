import { featuresFor } from './apiFeatures';
import {
	emptyValues,
	type FormMode,
	type PercentField,
	type PoolFormContext,
	type PoolFormValues,
	type ScaleSetFacts,
} from './poolFormModel';
import { standbyPoolResourceId } from '../../core/azure/resourceId';
import { tagsToRecord } from './tagRules';
import type {
	StandbyVirtualMachinePool,
	StandbyVirtualMachinePoolCreate,
	StandbyVirtualMachinePoolUpdate,
} from '../../core/azure/standbyPoolModels';

/** Turns form values into request bodies, and existing pools into form values. Assumes validated values. */

/** First values for a new pool on `scaleSet`: a name derived from it and a pool a little larger than it. */
export function defaultValues(scaleSet: ScaleSetFacts | undefined): PoolFormValues {
	const base = (scaleSet?.name ?? '')
		.replace(/[^a-zA-Z0-9-]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 19);
	return {
		...emptyValues(),
		name: base.length > 0 ? `${base}-pool` : 'standby-pool',
		virtualMachineState: scaleSet?.ephemeralOsDisk ? 'Running' : 'Deallocated',
		minReadyCapacity: '1',
		maxReadyCapacity: String((scaleSet?.capacity ?? 0) + 2),
		runningPercent: '100',
		deallocatedPercent: '0',
		hibernatedPercent: '0',
	};
}

export function valuesFromPool(pool: StandbyVirtualMachinePool): PoolFormValues {
	const elasticity = pool.properties.elasticityProfile;
	const distribution = pool.properties.vmStateDistribution;
	const text = (value: number | undefined): string => (value === undefined ? '' : String(value));
	return {
		name: pool.name,
		virtualMachineState: pool.properties.virtualMachineState,
		minReadyCapacity: text(elasticity?.minReadyCapacity),
		maxReadyCapacity: text(elasticity?.maxReadyCapacity),
		postProvisioningDelay: elasticity?.postProvisioningDelay ?? '',
		dynamicSizingEnabled: elasticity?.dynamicSizing?.enabled ?? false,
		runningPercent: text(distribution?.runningPercent),
		deallocatedPercent: text(distribution?.deallocatedPercent),
		hibernatedPercent: text(distribution?.hibernatedPercent),
		tags: Object.entries(pool.tags ?? {}).map(([key, value]) => ({ key, value })),
	};
}

function wholeNumber(text: string): number | undefined {
	return text.trim() === '' ? undefined : Number(text.trim());
}

function elasticityProfile(values: PoolFormValues, context: PoolFormContext, original: Record<string, unknown> = {}) {
	const features = featuresFor(context.apiVersion);
	const profile: Record<string, unknown> = { ...original, maxReadyCapacity: wholeNumber(values.maxReadyCapacity) };
	const min = wholeNumber(values.minReadyCapacity);
	if (min !== undefined) {
		profile.minReadyCapacity = min;
	}
	if (features.postProvisioningDelay && values.postProvisioningDelay.trim() !== '') {
		profile.postProvisioningDelay = values.postProvisioningDelay.trim();
	}
	const originalSizing = original.dynamicSizing as Record<string, unknown> | undefined;
	if (features.dynamicSizing && (values.dynamicSizingEnabled || originalSizing !== undefined)) {
		profile.dynamicSizing = { ...originalSizing, enabled: values.dynamicSizingEnabled };
	}
	return profile as unknown as NonNullable<StandbyVirtualMachinePoolCreate['properties']['elasticityProfile']>;
}

function distribution(values: PoolFormValues, original: Record<string, unknown> = {}) {
	return {
		...original,
		runningPercent: wholeNumber(values.runningPercent) ?? 0,
		deallocatedPercent: wholeNumber(values.deallocatedPercent) ?? 0,
		hibernatedPercent: wholeNumber(values.hibernatedPercent) ?? 0,
	};
}

function usesMix(values: PoolFormValues, context: PoolFormContext): boolean {
	return values.virtualMachineState === 'Mix' && featuresFor(context.apiVersion).mix;
}

/** The body of the PUT that creates the pool. */
export function buildCreateBody(values: PoolFormValues, context: PoolFormContext): StandbyVirtualMachinePoolCreate {
	const tags = tagsToRecord(values.tags);
	return {
		location: context.location,
		...(Object.keys(tags).length > 0 ? { tags } : {}),
		properties: {
			attachedVirtualMachineScaleSetId: context.scaleSetId,
			virtualMachineState: values.virtualMachineState,
			...(usesMix(values, context) ? { vmStateDistribution: distribution(values) } : {}),
			elasticityProfile: elasticityProfile(values, context),
		},
	};
}

/**
 * The body of the PATCH that applies an edit: only what changed. A changed object is sent whole,
 * starting from what the service returned, so that properties this client does not know survive
 * whether the service merges or replaces nested objects.
 */
export function buildPatch(values: PoolFormValues, context: PoolFormContext): StandbyVirtualMachinePoolUpdate {
	const before = context.originalValues ?? emptyValues();
	const pool = (context.originalPool ?? {}) as Partial<StandbyVirtualMachinePool>;
	const properties: Record<string, unknown> = {};
	const patch: StandbyVirtualMachinePoolUpdate = {};

	type NumberField = 'maxReadyCapacity' | 'minReadyCapacity' | PercentField;
	const numberChanged = (field: NumberField): boolean => wholeNumber(values[field]) !== wholeNumber(before[field]);
	const elasticityChanged =
		numberChanged('maxReadyCapacity') ||
		numberChanged('minReadyCapacity') ||
		values.postProvisioningDelay.trim() !== before.postProvisioningDelay.trim() ||
		values.dynamicSizingEnabled !== before.dynamicSizingEnabled;
	if (elasticityChanged) {
		const original = pool.properties?.elasticityProfile as Record<string, unknown> | undefined;
		properties.elasticityProfile = elasticityProfile(values, context, original);
	}

	const stateChanged = values.virtualMachineState !== before.virtualMachineState;
	if (stateChanged) {
		properties.virtualMachineState = values.virtualMachineState;
	}
	const distributionChanged =
		numberChanged('runningPercent') || numberChanged('deallocatedPercent') || numberChanged('hibernatedPercent');
	if (usesMix(values, context) && (stateChanged || distributionChanged)) {
		const original = pool.properties?.vmStateDistribution as Record<string, unknown> | undefined;
		properties.vmStateDistribution = distribution(values, original);
	}

	if (Object.keys(properties).length > 0) {
		patch.properties = properties;
	}
	if (JSON.stringify(tagsToRecord(values.tags)) !== JSON.stringify(tagsToRecord(before.tags))) {
		patch.tags = tagsToRecord(values.tags);
	}
	return patch;
}

export function isEmptyPatch(patch: StandbyVirtualMachinePoolUpdate): boolean {
	return patch.properties === undefined && patch.tags === undefined;
}

/** One submission, described completely: what the extension sends, and what the equivalent commands show. */
export interface PoolRequest {
	readonly mode: FormMode;
	readonly apiVersion: string;
	readonly subscriptionId: string;
	readonly resourceGroup: string;
	readonly name: string;
	readonly poolId: string;
	/** The whole resource as a PUT (or a template) would declare it: the new pool, or the edited pool with the changes. */
	readonly resource: StandbyVirtualMachinePoolCreate;
	/** Edit mode: the PATCH body with only the changes. */
	readonly patch: StandbyVirtualMachinePoolUpdate | undefined;
	/** Edit mode: the pool before the changes, declared like `resource`. */
	readonly before: StandbyVirtualMachinePoolCreate | undefined;
}

export function poolRequestFor(values: PoolFormValues, context: PoolFormContext): PoolRequest {
	const mode = context.target.mode;
	const name = mode === 'edit' ? (context.originalValues?.name ?? values.name) : values.name;
	const patch = mode === 'edit' ? buildPatch(values, context) : undefined;
	return {
		mode,
		apiVersion: context.apiVersion,
		subscriptionId: context.subscriptionId,
		resourceGroup: context.resourceGroup,
		name,
		poolId: standbyPoolResourceId(context.subscriptionId, context.resourceGroup, name),
		resource: patch ? editedResource(context, patch) : buildCreateBody(values, context),
		patch,
		before: patch ? editedResource(context, {}) : undefined,
	};
}

/** The pool as it was, without read-only parts, with the PATCH applied. */
function editedResource(
	context: PoolFormContext,
	patch: StandbyVirtualMachinePoolUpdate,
): StandbyVirtualMachinePoolCreate {
	const pool = (context.originalPool ?? {}) as Partial<StandbyVirtualMachinePool>;
	const properties: Record<string, unknown> = { ...pool.properties, ...patch.properties };
	delete properties.provisioningState;
	const tags = patch.tags ?? pool.tags;
	return {
		location: pool.location ?? context.location,
		...(tags && Object.keys(tags).length > 0 ? { tags } : {}),
		properties: properties as unknown as StandbyVirtualMachinePoolCreate['properties'],
	};
}
