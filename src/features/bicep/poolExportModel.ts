import type { StandbyVirtualMachinePool } from '../../core/azure/standbyPoolModels';

/** The pool's resource type, the newest stable api-version the export writes, and its read-only properties. */
export const standbyPoolResourceType = 'Microsoft.StandbyPool/standbyVirtualMachinePools';
export const exportApiVersion = '2026-04-01';
const readOnlyProperties = new Set(['provisioningState']);

/** What a template needs to recreate a pool: everything the user chose, nothing the service computed. */
export interface ExportablePool {
	readonly name: string;
	readonly location: string;
	readonly tags: Readonly<Record<string, string>> | undefined;
	/** Every writable property, in the order the service returned them, unknown ones included. */
	readonly properties: Readonly<Record<string, unknown>>;
	readonly scaleSetId: string | undefined;
}

/**
 * Keeps properties this client does not know, so that a pool exported from a newer service version is
 * recreated whole; only what the specification marks read-only is dropped.
 */
export function toExportablePool(pool: StandbyVirtualMachinePool): ExportablePool {
	const properties = Object.fromEntries(
		Object.entries(pool.properties as unknown as Record<string, unknown>).filter(
			([key, value]) => !readOnlyProperties.has(key) && value !== undefined,
		),
	);
	const scaleSetId = pool.properties.attachedVirtualMachineScaleSetId;
	return {
		name: pool.name,
		location: pool.location,
		tags: pool.tags,
		properties,
		scaleSetId: typeof scaleSetId === 'string' && scaleSetId.length > 0 ? scaleSetId : undefined,
	};
}
