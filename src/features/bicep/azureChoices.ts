import type { ScaleSetSummary } from '../../core/azure/scaleSetModels';

/** A scale set a standby pool can serve, as the snippets offer it. */
export interface ScaleSetChoice {
	readonly id: string;
	readonly name: string;
	readonly resourceGroup: string;
	readonly location: string;
}

/** What the signed-in user's subscriptions hold that snippets can offer as choices. */
export interface AzureChoices {
	readonly scaleSets: readonly ScaleSetChoice[];
	/** Regions of those scale sets, in ARM's short form (`eastus`), without duplicates. */
	readonly locations: readonly string[];
}

export const noAzureChoices: AzureChoices = { scaleSets: [], locations: [] };

/** A choice list longer than this is harder to use than typing; the rest are left out. */
export const maximumScaleSetChoices = 50;

/** Names and resource groups that could break out of a quoted string are never offered. */
const safeSegment = /^[A-Za-z0-9._()-]+$/;

/**
 * Reduces scale sets to those a standby pool can serve, sorted by name, with their regions. Only
 * Flexible orchestration qualifies; a scale set whose mode is not reported is left out, as the tree
 * marks it unsupported too.
 */
export function toAzureChoices(scaleSets: readonly ScaleSetSummary[]): AzureChoices {
	const usable = scaleSets
		.filter((scaleSet) => /^flexible$/i.test(scaleSet.orchestrationMode ?? ''))
		.filter((scaleSet) => safeSegment.test(scaleSet.name) && safeSegment.test(scaleSet.resourceGroup))
		.map((scaleSet) => ({
			id: scaleSet.id,
			name: scaleSet.name,
			resourceGroup: scaleSet.resourceGroup,
			location: normalizeLocation(scaleSet.location),
		}))
		.sort(
			(left, right) =>
				left.name.localeCompare(right.name) ||
				left.resourceGroup.localeCompare(right.resourceGroup) ||
				left.id.localeCompare(right.id),
		)
		.slice(0, maximumScaleSetChoices);

	const locations = [...new Set(usable.map((scaleSet) => scaleSet.location))].filter(Boolean).sort();
	return { scaleSets: usable, locations };
}

/** `East US` and `eastus` are the same region to ARM; snippets write the short form. */
export function normalizeLocation(location: string): string {
	return location.replace(/\s+/g, '').toLowerCase();
}
