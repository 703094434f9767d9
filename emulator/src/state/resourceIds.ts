/** Builds ARM ids and the case-insensitive keys ARM compares them by. */
export function resourceGroupId(subscriptionId: string, resourceGroup: string): string {
	return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}`;
}

export function providerResourceId(
	subscriptionId: string,
	resourceGroup: string,
	namespaceAndType: string,
	name: string,
): string {
	return `${resourceGroupId(subscriptionId, resourceGroup)}/providers/${namespaceAndType}/${name}`;
}

export function idKey(id: string): string {
	return id.toLowerCase().replace(/\/+$/, '');
}

/** `East US` and `eastus` name the same region. */
export function normalizeLocation(location: string): string {
	return location.replace(/\s+/g, '').toLowerCase();
}

export interface ParsedResourceId {
	subscriptionId: string;
	resourceGroup: string;
	namespace: string;
	type: string;
	name: string;
}

const resourceIdPattern = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/([^/]+)\/([^/]+)\/([^/]+)$/i;

/** Parses a top-level resource id; anything else (child resources, junk) gives undefined. */
export function parseResourceId(id: string): ParsedResourceId | undefined {
	const match = resourceIdPattern.exec(id);
	if (!match) {
		return undefined;
	}
	const [, subscriptionId = '', resourceGroup = '', namespace = '', type = '', name = ''] = match;
	return { subscriptionId, resourceGroup, namespace, type, name };
}
