import type { EmulatorRuntime } from '../server/emulatorRuntime';
import { standbyPoolApiVersions } from '../standbypool/apiVersions';
import { advanceContainerPool } from '../standbypool/containerPoolLiving';
import { toContainerPoolBody } from '../standbypool/containerPoolView';
import { advanceVmPool } from '../standbypool/vmPoolLiving';
import { toVmPoolBody } from '../standbypool/vmPoolView';

const newest = standbyPoolApiVersions[standbyPoolApiVersions.length - 1] ?? '2026-04-01';

/** Everything the emulator holds, as JSON, for tests to assert on. Pools are shown at the newest api-version. */
export function stateSnapshot(runtime: EmulatorRuntime): Record<string, unknown> {
	const state = runtime.state;
	const now = state.now();
	return {
		time: new Date(now).toISOString(),
		config: state.config,
		tenants: state.tenants,
		subscriptions: [...state.subscriptions.values()],
		scaleSets: [...state.scaleSets.values()].map((scaleSet) => scaleSet.body),
		standbyVirtualMachinePools: [...state.vmPools.values()].map((pool) => {
			advanceVmPool(state, pool);
			return { ...toVmPoolBody(pool, newest), instances: pool.simulation.vms };
		}),
		standbyContainerGroupPools: [...state.containerPools.values()].map((pool) => {
			advanceContainerPool(state, pool);
			return { ...toContainerPoolBody(pool, newest), instances: pool.simulation.vms };
		}),
		roleAssignments: [...state.roleAssignments.values()],
		operations: [...state.operations.values()].map((operation) => ({
			id: operation.id,
			kind: operation.kind,
			resourceId: operation.resourceId,
			status: operation.status,
			startTime: new Date(operation.startTime).toISOString(),
			endTime: operation.endTime === undefined ? undefined : new Date(operation.endTime).toISOString(),
			error: operation.error,
		})),
		faults: runtime.faults.list(),
		requestLog: state.requestLog,
	};
}
