import type { EmulatorState } from './emulatorState';
import type { ScaleSetRecord, SubscriptionRecord, SystemData } from './model';
import { idKey, providerResourceId } from './resourceIds';
import type { SeedContainerPool, SeedFile, SeedScaleSet, SeedSubscription, SeedVmPool } from './seedFile';
import { roleAssignmentFromSeed } from './roleAssignmentFromSeed';

const minute = 60_000;
const defaultPoolAgeMinutes = 7 * 24 * 60;
/** Seeded pools start their simulation this long ago, long enough to be full when the first request comes. */
const seededWarmUp = 30 * minute;

export const scaleSetType = 'Microsoft.Compute/virtualMachineScaleSets';
export const vmPoolType = 'Microsoft.StandbyPool/standbyVirtualMachinePools';
export const containerPoolType = 'Microsoft.StandbyPool/standbyContainerGroupPools';

/** Replaces all resources with the seed's. */
export function loadSeed(state: EmulatorState, seed: SeedFile): void {
	state.clearResources();
	state.tenants = (seed.tenants ?? []).map((tenant) => ({
		tenantId: tenant.tenantId,
		displayName: tenant.displayName,
		defaultDomain: tenant.defaultDomain ?? `${tenant.displayName.replace(/\W/g, '').toLowerCase()}.onmicrosoft.com`,
	}));
	addResources(state, seed);
}

/** Adds or replaces the given resources, leaving the others alone; the control API uses it too. */
export function addResources(state: EmulatorState, given: Partial<SeedFile>): void {
	// The records must not share objects with the seed, or changes would leak into the next reset.
	const seed = structuredClone(given);
	for (const subscription of seed.subscriptions ?? []) {
		upsertSubscription(state, subscription);
	}
	for (const scaleSet of seed.scaleSets ?? []) {
		upsertScaleSet(state, scaleSet);
	}
	for (const pool of seed.standbyVirtualMachinePools ?? []) {
		upsertVmPool(state, pool);
	}
	for (const pool of seed.standbyContainerGroupPools ?? []) {
		upsertContainerPool(state, pool);
	}
	for (const assignment of seed.roleAssignments ?? []) {
		const record = roleAssignmentFromSeed(assignment, state.now());
		state.roleAssignments.set(idKey(record.id), record);
	}
}

function upsertSubscription(state: EmulatorState, seed: SeedSubscription): void {
	const existing = state.subscription(seed.subscriptionId);
	const record: SubscriptionRecord = {
		subscriptionId: seed.subscriptionId,
		displayName: seed.displayName,
		tenantId: seed.tenantId,
		state: seed.state ?? 'Enabled',
		tags: seed.tags,
		resourceGroups: seed.resourceGroups ?? existing?.resourceGroups ?? [],
		providers: { ...existing?.providers, ...seed.providers },
		callerCanAssignRoles: seed.callerCanAssignRoles ?? existing?.callerCanAssignRoles ?? true,
	};
	state.subscriptions.set(seed.subscriptionId.toLowerCase(), record);
}

/** Resource groups exist implicitly for every resource placed in one, as they must in Azure. */
function ensureResourceGroup(state: EmulatorState, subscriptionId: string, name: string, location: string): void {
	const subscription = state.subscription(subscriptionId);
	if (!subscription) {
		throw new Error(`Seed: subscription '${subscriptionId}' is not in the seed.`);
	}
	if (!subscription.resourceGroups.some((group) => group.name.toLowerCase() === name.toLowerCase())) {
		subscription.resourceGroups.push({ name, location });
	}
}

function upsertScaleSet(state: EmulatorState, seed: SeedScaleSet): void {
	const { subscriptionId, resourceGroup, name, ...rest } = seed;
	ensureResourceGroup(state, subscriptionId, resourceGroup, seed.location);
	const id = providerResourceId(subscriptionId, resourceGroup, scaleSetType, name);
	const body: Record<string, unknown> = { name, id, type: scaleSetType, ...rest };
	const record: ScaleSetRecord = { id, subscriptionId, resourceGroup, name, body };
	state.scaleSets.set(idKey(id), record);
}

function systemData(at: number): SystemData {
	const time = new Date(at).toISOString();
	return {
		createdBy: 'seed@contoso.com',
		createdByType: 'User',
		createdAt: time,
		lastModifiedBy: 'seed@contoso.com',
		lastModifiedByType: 'User',
		lastModifiedAt: time,
	};
}

function upsertVmPool(state: EmulatorState, seed: SeedVmPool): void {
	ensureResourceGroup(state, seed.subscriptionId, seed.resourceGroup, seed.location);
	const id = providerResourceId(seed.subscriptionId, seed.resourceGroup, vmPoolType, seed.name);
	const createdAt = state.now() - (seed.ageMinutes ?? defaultPoolAgeMinutes) * minute;
	state.vmPools.set(idKey(id), {
		id,
		subscriptionId: seed.subscriptionId,
		resourceGroup: seed.resourceGroup,
		name: seed.name,
		location: seed.location,
		tags: seed.tags,
		properties: structuredClone(seed.properties),
		provisioningState: seed.provisioningState ?? 'Succeeded',
		systemData: systemData(createdAt),
		createdAt,
		simulation: { vms: [], lastTick: Math.max(createdAt, state.now() - seededWarmUp), nextVmNumber: 1 },
	});
}

function upsertContainerPool(state: EmulatorState, seed: SeedContainerPool): void {
	ensureResourceGroup(state, seed.subscriptionId, seed.resourceGroup, seed.location);
	const id = providerResourceId(seed.subscriptionId, seed.resourceGroup, containerPoolType, seed.name);
	const createdAt = state.now() - (seed.ageMinutes ?? defaultPoolAgeMinutes) * minute;
	state.containerPools.set(idKey(id), {
		id,
		subscriptionId: seed.subscriptionId,
		resourceGroup: seed.resourceGroup,
		name: seed.name,
		location: seed.location,
		tags: seed.tags,
		properties: structuredClone(seed.properties),
		provisioningState: seed.provisioningState ?? 'Succeeded',
		systemData: systemData(createdAt),
		createdAt,
		simulation: { vms: [], lastTick: Math.max(createdAt, state.now() - seededWarmUp), nextVmNumber: 1 },
	});
}
