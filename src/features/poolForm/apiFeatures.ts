/** What a Microsoft.StandbyPool api-version can express, so the form hides what the service would reject. */
export interface ApiFeatures {
	readonly hibernated: boolean;
	readonly mix: boolean;
	readonly postProvisioningDelay: boolean;
	readonly dynamicSizing: boolean;
	/** The schema's upper bound on ready capacity, or undefined when there is none. */
	readonly maxReadyCapacityLimit: number | undefined;
}

/** The api-version that first has each feature. Versions compare as dates; a `-preview` suffix is ignored. */
export const featureSince = {
	hibernated: '2025-03-01',
	mix: '2026-04-01',
	postProvisioningDelay: '2025-10-01',
	dynamicSizing: '2025-10-01',
	unboundedCapacity: '2025-10-01',
} as const;

export const legacyMaxReadyCapacity = 2000;

function atLeast(apiVersion: string, since: string): boolean {
	return apiVersion.slice(0, 10) >= since;
}

export function featuresFor(apiVersion: string): ApiFeatures {
	return {
		hibernated: atLeast(apiVersion, featureSince.hibernated),
		mix: atLeast(apiVersion, featureSince.mix),
		postProvisioningDelay: atLeast(apiVersion, featureSince.postProvisioningDelay),
		dynamicSizing: atLeast(apiVersion, featureSince.dynamicSizing),
		maxReadyCapacityLimit: atLeast(apiVersion, featureSince.unboundedCapacity) ? undefined : legacyMaxReadyCapacity,
	};
}
