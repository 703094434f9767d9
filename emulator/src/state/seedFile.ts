import type { ContainerPoolProperties, RegistrationState, ResourceGroupRecord, VmPoolProperties } from './model';

/**
 * The seed format: what the emulator holds after start or reset. Scale sets carry any Compute field beside the
 * three that place them; pools carry their properties in the newest model. See emulator/README.md.
 */
export interface SeedFile {
	tenants?: { tenantId: string; displayName: string; defaultDomain?: string }[];
	subscriptions: SeedSubscription[];
	scaleSets?: SeedScaleSet[];
	standbyVirtualMachinePools?: SeedVmPool[];
	standbyContainerGroupPools?: SeedContainerPool[];
	roleAssignments?: SeedRoleAssignment[];
}

export interface SeedSubscription {
	subscriptionId: string;
	displayName: string;
	tenantId: string;
	state?: string;
	tags?: Record<string, string>;
	resourceGroups?: ResourceGroupRecord[];
	providers?: Record<string, RegistrationState>;
	/** Whether the signed-in caller may create role assignments; true by default. */
	callerCanAssignRoles?: boolean;
}

export interface SeedScaleSet {
	subscriptionId: string;
	resourceGroup: string;
	name: string;
	location: string;
	[field: string]: unknown;
}

export interface SeedPoolPlacement {
	subscriptionId: string;
	resourceGroup: string;
	name: string;
	location: string;
	tags?: Record<string, string>;
	/** How long ago (emulated minutes) the pool was created; seeded pools default to a week, so they are full. */
	ageMinutes?: number;
	provisioningState?: string;
}

export interface SeedVmPool extends SeedPoolPlacement {
	properties: VmPoolProperties;
}

export interface SeedContainerPool extends SeedPoolPlacement {
	properties: ContainerPoolProperties;
}

export interface SeedRoleAssignment {
	scope: string;
	principalId: string;
	/** Either a role name this emulator knows (see roleDefinitions.ts) or a full role definition id. */
	role: string;
	principalType?: string;
}

/** Checks the parts of a seed the emulator relies on, naming the first entry that is wrong. */
export function checkSeed(input: unknown): SeedFile {
	const seed = asObject(input, 'seed');
	const subscriptions = asArray(seed['subscriptions'], 'subscriptions');
	subscriptions.forEach((entry, index) =>
		requireStrings(entry, `subscriptions[${index}]`, ['subscriptionId', 'displayName', 'tenantId']),
	);
	const placed = ['subscriptionId', 'resourceGroup', 'name', 'location'];
	for (const list of ['scaleSets', 'standbyVirtualMachinePools', 'standbyContainerGroupPools'] as const) {
		if (seed[list] !== undefined) {
			asArray(seed[list], list).forEach((entry, index) => requireStrings(entry, `${list}[${index}]`, placed));
		}
	}
	if (seed['roleAssignments'] !== undefined) {
		asArray(seed['roleAssignments'], 'roleAssignments').forEach((entry, index) =>
			requireStrings(entry, `roleAssignments[${index}]`, ['scope', 'principalId', 'role']),
		);
	}
	return seed as unknown as SeedFile;
}

function asObject(value: unknown, where: string): Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new Error(`Seed: ${where} must be an object.`);
	}
	return value as Record<string, unknown>;
}

function asArray(value: unknown, where: string): unknown[] {
	if (!Array.isArray(value)) {
		throw new Error(`Seed: ${where} must be an array.`);
	}
	return value;
}

function requireStrings(value: unknown, where: string, fields: string[]): void {
	const entry = asObject(value, where);
	for (const field of fields) {
		if (typeof entry[field] !== 'string' || entry[field] === '') {
			throw new Error(`Seed: ${where}.${field} must be a non-empty string.`);
		}
	}
}
