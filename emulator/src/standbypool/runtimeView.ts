import type { PooledVm, PooledVmState } from '../state/model';
import { versionModel } from './apiVersions';

const vmStateOrder: PooledVmState[] = [
	'Creating',
	'Running',
	'Deallocating',
	'Deallocated',
	'Starting',
	'Deleting',
	'Hibernating',
	'Hibernated',
];
const legacyStates = new Set<PooledVmState>([
	'Creating',
	'Running',
	'Deallocating',
	'Deallocated',
	'Starting',
	'Deleting',
]);

export interface InstanceCountSummary {
	zone?: number;
	instanceCountsByState: { state: string; count: number }[];
}

/**
 * Counts instances per zone and state. Every state appears, with 0 when empty, as in the examples; 2024-03-01
 * spells them in lower case and knows no hibernation.
 */
export function instanceCountSummary(
	vms: PooledVm[],
	zones: (number | undefined)[],
	version: string,
	states: PooledVmState[] = vmStateOrder,
): InstanceCountSummary[] {
	const legacy = versionModel(version).legacyRuntimeStates;
	const shown = legacy ? states.filter((state) => legacyStates.has(state)) : states;
	const allZones = [...new Set([...zones, ...vms.map((vm) => vm.zone)])].sort((a, b) => (a ?? 0) - (b ?? 0));
	return allZones.map((zone) => {
		const inZone = vms.filter((vm) => vm.zone === zone);
		const summary: InstanceCountSummary = {
			instanceCountsByState: shown.map((state) => ({
				state: legacy ? state.toLowerCase() : state,
				count: inZone.filter((vm) => vm.state === state).length,
			})),
		};
		return zone === undefined ? summary : { zone, ...summary };
	});
}
