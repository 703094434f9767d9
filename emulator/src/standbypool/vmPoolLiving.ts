import type { EmulatorState } from '../state/emulatorState';
import type { PooledVmState, VmPoolRecord } from '../state/model';
import { scaleSetFacts } from '../state/scaleSetFacts';
import { advanceSimulation, type SimulationTarget } from './poolSimulation';
import { missingProviderRoles } from './providerRoles';

export interface PoolHealth {
	code: 'HealthState/healthy' | 'HealthState/degraded';
	message: string;
}

/** Brings a pool's instances up to the present; a pool still being created or deleted does not move. */
export function advanceVmPool(state: EmulatorState, pool: VmPoolRecord): void {
	if (pool.provisioningState === 'Creating' || pool.provisioningState === 'Deleting') {
		return;
	}
	advanceSimulation(pool.simulation, vmPoolTarget(state, pool), state.now());
}

/**
 * The service fills the pool to max ready capacity minus the scale set's instances, never below min ready
 * capacity, in the scale set's zones.
 */
// TODO: pooled VMs are not handed to the scale set on scale-out; a larger capacity only lowers the target, which
// is all the runtime view shows.
export function vmPoolTarget(state: EmulatorState, pool: VmPoolRecord): SimulationTarget {
	const scaleSetId = pool.properties.attachedVirtualMachineScaleSetId;
	const scaleSet = scaleSetId === undefined ? undefined : state.scaleSet(scaleSetId);
	const failed = pool.provisioningState === 'Failed' || pool.provisioningState === 'Canceled';
	const profile = pool.properties.elasticityProfile;
	const facts = scaleSet ? scaleSetFacts(scaleSet) : undefined;
	let count = 0;
	if (facts && profile && !failed) {
		count = Math.max(profile.minReadyCapacity ?? 0, profile.maxReadyCapacity - facts.capacity, 0);
	}
	return {
		count,
		zones: facts && facts.zones.length > 0 ? facts.zones : [undefined],
		restingState: restingStates(pool),
		canProvision: scaleSet !== undefined && missingProviderRoles(state, scaleSet).length === 0,
		postProvisioningDelayMs: durationMs(profile?.postProvisioningDelay),
		namePrefix: scaleSet?.name ?? pool.name,
	};
}

export function vmPoolHealth(state: EmulatorState, pool: VmPoolRecord): PoolHealth {
	const scaleSetId = pool.properties.attachedVirtualMachineScaleSetId;
	const scaleSet = scaleSetId === undefined ? undefined : state.scaleSet(scaleSetId);
	if (!scaleSet) {
		return {
			code: 'HealthState/degraded',
			message: 'The pool has no attached virtual machine scale set, or the scale set no longer exists.',
		};
	}
	const missing = missingProviderRoles(state, scaleSet);
	if (missing.length > 0) {
		return {
			code: 'HealthState/degraded',
			message: `The Standby Pool Resource Provider cannot create virtual machines: it lacks the role assignments ${missing.join(', ')} on the subscription or the scale set's resource group.`,
		};
	}
	return { code: 'HealthState/healthy', message: 'The pool is healthy.' };
}

function restingStates(pool: VmPoolRecord): SimulationTarget['restingState'] {
	const state = pool.properties.virtualMachineState;
	if (state !== 'Mix') {
		const rest: PooledVmState = state === 'Deallocated' || state === 'Hibernated' ? state : 'Running';
		return () => rest;
	}
	const split = pool.properties.vmStateDistribution ?? {};
	return (index, count) => {
		const running = Math.round((count * (split.runningPercent ?? 0)) / 100);
		const deallocated = Math.round((count * (split.deallocatedPercent ?? 0)) / 100);
		if (index < running) {
			return 'Running';
		}
		return index < running + deallocated ? 'Deallocated' : 'Hibernated';
	};
}

/** Reads the day-time part of an ISO 8601 duration such as `PT5M`; years and months are not worth modelling here. */
export function durationMs(duration: string | undefined): number {
	const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(duration ?? '');
	if (!match) {
		return 0;
	}
	const [, days = '0', hours = '0', minutes = '0', seconds = '0'] = match;
	return ((Number(days) * 24 + Number(hours)) * 60 + Number(minutes)) * 60_000 + Number(seconds) * 1000;
}
