/** The stable Microsoft.StandbyPool api-versions, oldest first, and what each one's models contain. */
export const standbyPoolApiVersions = ['2024-03-01', '2025-03-01', '2025-10-01', '2026-04-01'] as const;

export interface VersionModel {
	/** Values `virtualMachineState` accepts. */
	vmStates: string[];
	/** The `maximum` on ready capacities, gone from 2025-10-01. */
	capacityLimit?: number;
	/** `postProvisioningDelay` and `dynamicSizing` in elasticity profiles. */
	sizingOptions: boolean;
	/** `vmStateDistribution`, used with the `Mix` state. */
	stateDistribution: boolean;
	/** `status` and `prediction` in runtime views, `zones` on container group pools. */
	healthAndPrediction: boolean;
	/** 2024-03-01 reported runtime states as free lower-case strings, and only six of them. */
	legacyRuntimeStates: boolean;
}

export function versionModel(version: string): VersionModel {
	const atLeast = (minimum: string): boolean => version >= minimum;
	const vmStates = ['Running', 'Deallocated'];
	if (atLeast('2025-03-01')) {
		vmStates.push('Hibernated');
	}
	if (atLeast('2026-04-01')) {
		vmStates.push('Mix');
	}
	return {
		vmStates,
		capacityLimit: atLeast('2025-10-01') ? undefined : 2000,
		sizingOptions: atLeast('2025-10-01'),
		stateDistribution: atLeast('2026-04-01'),
		healthAndPrediction: atLeast('2025-03-01'),
		legacyRuntimeStates: !atLeast('2025-03-01'),
	};
}
