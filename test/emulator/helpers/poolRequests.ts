import { seedIds } from './testEmulator';

/** A valid PUT body for a pool on the seeded `web-vmss` (eastus, zonal, capacity 2, no hibernation). */
export function webPoolBody(
	properties: Record<string, unknown> = {},
	extra: Record<string, unknown> = {},
): Record<string, unknown> {
	return {
		location: 'eastus',
		...extra,
		properties: {
			virtualMachineState: 'Running',
			elasticityProfile: { maxReadyCapacity: 5, minReadyCapacity: 1 },
			attachedVirtualMachineScaleSetId: seedIds.scaleSet(seedIds.production, 'rg-web', 'web-vmss'),
			...properties,
		},
	};
}

export const webPool = (version = '2026-04-01'): string =>
	seedIds.poolPath(seedIds.production, 'rg-web', 'web-pool', version);
export const apiPool = (version = '2026-04-01'): string =>
	seedIds.poolPath(seedIds.production, 'rg-api', 'api-pool', version);
export const batchPool = (version = '2026-04-01'): string =>
	seedIds.poolPath(seedIds.development, 'rg-batch', 'batch-pool', version);

/** The same pool path with a child path such as `/runtimeViews/latest` before the query. */
export function child(poolPath: string, suffix: string): string {
	const [path, query] = poolPath.split('?');
	return `${path ?? ''}${suffix}?${query ?? ''}`;
}
