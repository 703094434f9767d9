import { parseResourceId } from './resourceId';
import type { ScaleSetSummary, SubscriptionSummary } from './scaleSetModels';

interface RawScaleSetProperties {
	orchestrationMode?: string;
	platformFaultDomainCount?: number;
	additionalCapabilities?: { hibernationEnabled?: boolean };
	virtualMachineProfile?: {
		storageProfile?: {
			imageReference?: { id?: string; sharedGalleryImageId?: string; communityGalleryImageId?: string };
			osDisk?: { diffDiskSettings?: { option?: string } };
		};
	};
}

/**
 * The parts of a Microsoft.Compute scale set that the extension reads. The wire format nests them under
 * `properties`; `@azure/arm-compute` flattens them onto the resource. Both are accepted.
 */
export interface RawScaleSet extends RawScaleSetProperties {
	id?: string;
	name?: string;
	location?: string;
	zones?: string[];
	sku?: { capacity?: number };
	properties?: RawScaleSetProperties;
}

function isGalleryImage(image: RawScaleSetProperties['virtualMachineProfile']): boolean {
	const reference = image?.storageProfile?.imageReference;
	return (
		/\/providers\/Microsoft\.Compute\/galleries\//i.test(reference?.id ?? '') ||
		Boolean(reference?.sharedGalleryImageId) ||
		Boolean(reference?.communityGalleryImageId)
	);
}

/** Maps a scale set from Azure to what the tree and forms show; undefined when its id cannot be parsed. */
export function toScaleSetSummary(raw: RawScaleSet): ScaleSetSummary | undefined {
	const parsed = raw.id ? parseResourceId(raw.id) : undefined;
	if (!raw.id || !parsed) {
		return undefined;
	}
	const properties: RawScaleSetProperties = { ...raw, ...raw.properties };
	const profile = properties.virtualMachineProfile;
	return {
		id: raw.id,
		name: raw.name ?? parsed.name,
		subscriptionId: parsed.subscriptionId,
		resourceGroup: parsed.resourceGroup,
		location: raw.location ?? '',
		orchestrationMode: properties.orchestrationMode,
		capacity: raw.sku?.capacity ?? 0,
		zones: raw.zones ?? [],
		platformFaultDomainCount: properties.platformFaultDomainCount,
		hibernationEnabled: properties.additionalCapabilities?.hibernationEnabled === true,
		ephemeralOsDisk: (profile?.storageProfile?.osDisk?.diffDiskSettings?.option ?? '').toLowerCase() === 'local',
		galleryImage: isGalleryImage(profile),
	};
}

export interface RawSubscription {
	subscriptionId?: string;
	displayName?: string;
	tenantId?: string;
	state?: string;
}

export function toSubscriptionSummary(raw: RawSubscription): SubscriptionSummary | undefined {
	if (!raw.subscriptionId) {
		return undefined;
	}
	return {
		subscriptionId: raw.subscriptionId,
		displayName: raw.displayName ?? raw.subscriptionId,
		tenantId: raw.tenantId,
		state: raw.state,
	};
}
