import type { ScaleSetRecord } from './model';

/** Reads the facts the Standby Pool service cares about out of a scale set's ARM body. */
export interface ScaleSetFacts {
	location: string;
	orchestrationMode?: string;
	capacity: number;
	zones: number[];
	platformFaultDomainCount?: number;
	hibernationEnabled: boolean;
	ephemeralOsDisk: boolean;
	spot: boolean;
	/** `Delete` or `Deallocate` for Spot scale sets. */
	evictionPolicy?: string;
	galleryImage: boolean;
}

export function scaleSetFacts(scaleSet: ScaleSetRecord): ScaleSetFacts {
	const body = scaleSet.body;
	const properties = record(body['properties']);
	const profile = record(properties['virtualMachineProfile']);
	const storage = record(profile['storageProfile']);
	const osDisk = record(storage['osDisk']);
	const image = record(storage['imageReference']);
	const imageId = typeof image['id'] === 'string' ? image['id'] : '';
	const zones = Array.isArray(body['zones']) ? body['zones'] : [];
	const capacity = record(body['sku'])['capacity'];
	const faultDomains = properties['platformFaultDomainCount'];
	return {
		location: typeof body['location'] === 'string' ? body['location'] : '',
		orchestrationMode:
			typeof properties['orchestrationMode'] === 'string' ? properties['orchestrationMode'] : undefined,
		capacity: typeof capacity === 'number' ? capacity : 0,
		zones: zones.map(Number).filter((zone) => Number.isInteger(zone)),
		platformFaultDomainCount: typeof faultDomains === 'number' ? faultDomains : undefined,
		hibernationEnabled: record(properties['additionalCapabilities'])['hibernationEnabled'] === true,
		ephemeralOsDisk: record(osDisk['diffDiskSettings'])['option'] !== undefined,
		spot: typeof profile['priority'] === 'string' && profile['priority'].toLowerCase() === 'spot',
		evictionPolicy: typeof profile['evictionPolicy'] === 'string' ? profile['evictionPolicy'] : undefined,
		galleryImage:
			/\/providers\/Microsoft\.Compute\/galleries\//i.test(imageId) ||
			typeof image['sharedGalleryImageId'] === 'string' ||
			typeof image['communityGalleryImageId'] === 'string',
	};
}

function record(value: unknown): Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
