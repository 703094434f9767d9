import type { EmulatorState } from '../state/emulatorState';
import { advanceContainerPool } from './containerPoolLiving';
import { advanceVmPool } from './vmPoolLiving';

/**
 * Brings every pool to the present. Pools advance lazily, so anything that changes what a pool heads for (a
 * scale set, a role assignment) must call this first, or the change would rewrite the pool's past.
 */
export function advanceAllPools(state: EmulatorState): void {
	state.vmPools.forEach((pool) => advanceVmPool(state, pool));
	state.containerPools.forEach((pool) => advanceContainerPool(state, pool));
}
