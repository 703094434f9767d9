import type { EmulatorState } from '../state/emulatorState';
import type { ContainerPoolRecord } from '../state/model';
import { advanceSimulation, type SimulationTarget } from './poolSimulation';

/** Container groups are kept Running; the pool fills to its max ready capacity in its zones. */
export function advanceContainerPool(state: EmulatorState, pool: ContainerPoolRecord): void {
	if (pool.provisioningState === 'Creating' || pool.provisioningState === 'Deleting') {
		return;
	}
	advanceSimulation(pool.simulation, containerPoolTarget(pool), state.now());
}

export function containerPoolTarget(pool: ContainerPoolRecord): SimulationTarget {
	const zones = (pool.properties.zones ?? []).map(Number);
	const failed = pool.provisioningState === 'Failed' || pool.provisioningState === 'Canceled';
	return {
		count: failed ? 0 : pool.properties.elasticityProfile.maxReadyCapacity,
		zones: zones.length > 0 ? zones : [undefined],
		restingState: () => 'Running',
		canProvision: true,
		postProvisioningDelayMs: 0,
		namePrefix: pool.name,
	};
}
