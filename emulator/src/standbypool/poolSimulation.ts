import type { PooledVm, PooledVmState, PoolSimulation } from '../state/model';

/** What the pool is heading for at the moment; recomputed on every advance so changes take effect. */
export interface SimulationTarget {
	/** Pooled instances wanted in total. */
	count: number;
	/** Zones to spread over; `[undefined]` for a regional scale set. */
	zones: (number | undefined)[];
	/** The resting state of the pool's n-th instance (Mix splits by position). */
	restingState: (index: number, count: number) => PooledVmState;
	/** False when the service cannot finish instances (missing roles): they are recycled, never ready. */
	canProvision: boolean;
	/** Emulated milliseconds a new instance stays Running before it may move to its resting state. */
	postProvisioningDelayMs: number;
	namePrefix: string;
}

export const tickMs = 5_000;
const maxTicks = 2_000;
const createdPerTick = 10;
const durations: Partial<Record<PooledVmState, number>> = {
	Creating: 30_000,
	Starting: 15_000,
	Deallocating: 20_000,
	Hibernating: 20_000,
	Deleting: 15_000,
};

/**
 * Moves a pool's instances forward to `now` in fixed ticks of emulated time: instances are created a few at a time,
 * go Creating → Running → their resting state, and surplus ones are deleted. Deterministic for a given history.
 */
export function advanceSimulation(simulation: PoolSimulation, target: SimulationTarget, now: number): void {
	if (now - simulation.lastTick > maxTicks * tickMs) {
		simulation.lastTick = now - maxTicks * tickMs;
	}
	while (simulation.lastTick + tickMs <= now) {
		simulation.lastTick += tickMs;
		tick(simulation, target, simulation.lastTick);
	}
}

function tick(simulation: PoolSimulation, target: SimulationTarget, time: number): void {
	simulation.vms = simulation.vms.filter((vm) => !(vm.state === 'Deleting' && elapsed(vm, time, 'Deleting')));
	for (const vm of simulation.vms) {
		finishTransition(vm, target, time);
	}
	const alive = simulation.vms.filter((vm) => vm.state !== 'Deleting');
	alive.forEach((vm, index) => moveTowardRest(vm, target.restingState(index, target.count), target, time));
	if (alive.length > target.count) {
		retire(alive, alive.length - target.count, time);
	} else {
		create(simulation, alive, Math.min(target.count - alive.length, createdPerTick), target, time);
	}
}

function elapsed(vm: PooledVm, time: number, state: PooledVmState): boolean {
	return vm.state === state && time - vm.since >= (durations[state] ?? 0);
}

function setState(vm: PooledVm, state: PooledVmState, time: number): void {
	vm.state = state;
	vm.since = time;
}

function finishTransition(vm: PooledVm, target: SimulationTarget, time: number): void {
	if (elapsed(vm, time, 'Creating')) {
		setState(vm, target.canProvision ? 'Running' : 'Deleting', time);
	} else if (elapsed(vm, time, 'Starting')) {
		setState(vm, 'Running', time);
	} else if (elapsed(vm, time, 'Deallocating')) {
		setState(vm, 'Deallocated', time);
	} else if (elapsed(vm, time, 'Hibernating')) {
		setState(vm, 'Hibernated', time);
	}
}

function moveTowardRest(vm: PooledVm, rest: PooledVmState, target: SimulationTarget, time: number): void {
	if (vm.state === rest) {
		return;
	}
	// A VM stays Running for at least one tick, so every step of its way is visible in some runtime view.
	if (vm.state === 'Running' && time - vm.since >= Math.max(target.postProvisioningDelayMs, tickMs)) {
		if (rest === 'Deallocated') {
			setState(vm, 'Deallocating', time);
		} else if (rest === 'Hibernated') {
			setState(vm, 'Hibernating', time);
		}
	} else if (vm.state === 'Deallocated' || vm.state === 'Hibernated') {
		setState(vm, 'Starting', time);
	}
}

/** Deletes surplus instances, the least ready (newest) first. */
function retire(alive: PooledVm[], surplus: number, time: number): void {
	for (const vm of alive.slice(-surplus)) {
		setState(vm, 'Deleting', time);
	}
}

function create(
	simulation: PoolSimulation,
	alive: PooledVm[],
	count: number,
	target: SimulationTarget,
	time: number,
): void {
	for (let created = 0; created < count; created++) {
		const zone = leastUsedZone(alive, target.zones);
		const vm: PooledVm = {
			name: `${target.namePrefix}_${hex(simulation.nextVmNumber++)}`,
			state: 'Creating',
			since: time,
		};
		if (zone !== undefined) {
			vm.zone = zone;
		}
		simulation.vms.push(vm);
		alive.push(vm);
	}
}

function leastUsedZone(alive: PooledVm[], zones: (number | undefined)[]): number | undefined {
	let best = zones[0];
	let bestCount = Number.POSITIVE_INFINITY;
	for (const zone of zones) {
		const count = alive.filter((vm) => vm.zone === zone).length;
		if (count < bestCount) {
			best = zone;
			bestCount = count;
		}
	}
	return best;
}

function hex(value: number): string {
	return value.toString(16).padStart(8, '0');
}
