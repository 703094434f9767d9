/** A parsed Azure Resource Manager resource id. */
export interface ResourceId {
	readonly subscriptionId: string;
	readonly resourceGroup: string;
	readonly provider: string;
	/** Resource types from the provider down, e.g. `['virtualMachineScaleSets']`. */
	readonly types: readonly string[];
	/** Names matching `types`, one each. */
	readonly names: readonly string[];
	/** The last name: the resource itself. */
	readonly name: string;
}

const segmentPattern = /^[^/?#]+$/;

/**
 * Parses `/subscriptions/{s}/resourceGroups/{rg}/providers/{ns}/{type}/{name}[/{type}/{name}]*`.
 * Returns undefined for anything else, so callers decide how to report a bad id.
 * Keywords compare without case, as ARM does.
 */
export function parseResourceId(id: string): ResourceId | undefined {
	if (typeof id !== 'string' || id.length === 0 || id.length > 4096) {
		return undefined;
	}

	const parts = id.split('/');
	if (parts[0] !== '' || parts.length < 9 || parts.length % 2 === 0) {
		return undefined;
	}
	const segments = parts.slice(1);
	if (!segments.every((segment) => segmentPattern.test(segment))) {
		return undefined;
	}
	if (
		segments[0]?.toLowerCase() !== 'subscriptions' ||
		segments[2]?.toLowerCase() !== 'resourcegroups' ||
		segments[4]?.toLowerCase() !== 'providers'
	) {
		return undefined;
	}

	const rest = segments.slice(6);
	const types: string[] = [];
	const names: string[] = [];
	for (let index = 0; index < rest.length; index += 2) {
		types.push(rest[index] as string);
		names.push(rest[index + 1] as string);
	}

	return {
		subscriptionId: segments[1] as string,
		resourceGroup: segments[3] as string,
		provider: segments[5] as string,
		types,
		names,
		name: names[names.length - 1] as string,
	};
}

/** True when `id` names a resource of `provider/type` (one level), compared without case. */
export function isResourceOfType(id: string, provider: string, type: string): boolean {
	const parsed = parseResourceId(id);
	return (
		parsed !== undefined &&
		parsed.types.length === 1 &&
		parsed.provider.toLowerCase() === provider.toLowerCase() &&
		parsed.types[0]?.toLowerCase() === type.toLowerCase()
	);
}

export function scaleSetResourceId(subscriptionId: string, resourceGroup: string, name: string): string {
	const group = `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}`;
	return `${group}/providers/Microsoft.Compute/virtualMachineScaleSets/${name}`;
}

export function standbyPoolResourceId(subscriptionId: string, resourceGroup: string, name: string): string {
	const group = `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}`;
	return `${group}/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/${name}`;
}

/** Compares two resource ids as ARM does: without case. */
export function sameResourceId(left: string | undefined, right: string | undefined): boolean {
	return left !== undefined && right !== undefined && left.toLowerCase() === right.toLowerCase();
}
