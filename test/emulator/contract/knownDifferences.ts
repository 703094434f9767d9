/**
 * Where the emulator's answer may differ from an example, and why. Shapes must match everywhere else; values are
 * compared only where they are not generated.
 */
export const toleratedEverywhere: RegExp[] = [
	// Examples show a nextLink on one-page lists; the emulator sends one only when there is another page.
	/^nextLink: missing$/,
];

/** The examples the emulator cannot match, each with the reason; emulator/README.md lists them too. */
export const knownDifferences: Record<string, { refusedWith?: number; differences?: string[] }> = {
	// The example pool has no minReadyCapacity; the seeded one (shared by all examples) has one.
	'2024-03-01/examples/StandbyVirtualMachinePools_ListByResourceGroup.json': {
		differences: ['value[0].properties.elasticityProfile.minReadyCapacity: extra'],
	},
	// An old TypeSpec example without `zone`, which the 2025-03-01 spec defines and the zonal pool reports.
	'2025-03-01/examples-typespec/StandbyContainerGroupPoolRuntimeViews_ListByStandbyPool.json': {
		differences: ['value[0].properties.instanceCountSummary[0].zone: extra'],
	},
	// Sends `degradedPolicy`, which no stable spec defines; the emulator refuses unknown properties.
	'2025-03-01/examples-typespec/StandbyContainerGroupPools_Update.json': { refusedWith: 400 },
	// Uses the placeholder `{subscription-id}` instead of a subscription id.
	'2025-03-01/examples-typespec/StandbyVirtualMachinePools_ListBySubscription.json': { refusedWith: 400 },
};

const generated = /systemData|provisioningState|instanceCountSummary|prediction|status\.message|nextLink/;

/** Values are compared for the pool resources themselves, which the emulator echoes; not for generated data. */
export function valueCompared(operationId: string, path: string): boolean {
	return (
		/Pools_(Get|CreateOrUpdate|Update|ListByResourceGroup|ListBySubscription)$/.test(operationId) &&
		!generated.test(path)
	);
}
