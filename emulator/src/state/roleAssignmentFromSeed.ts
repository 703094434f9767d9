import { createHash } from 'node:crypto';
import type { RoleAssignmentRecord } from './model';
import { findRole, roleDefinitionId } from './roleDefinitions';
import type { SeedRoleAssignment } from './seedFile';

/** Builds a role assignment with a name derived from its content, so reseeding gives the same ids. */
export function roleAssignmentFromSeed(seed: SeedRoleAssignment, now: number): RoleAssignmentRecord {
	const role = findRole(seed.role);
	if (!role) {
		throw new Error(`Seed: unknown role '${seed.role}'.`);
	}
	const subscriptionId = /^\/subscriptions\/([^/]+)/i.exec(seed.scope)?.[1] ?? '';
	const name = stableGuid(`${seed.scope.toLowerCase()}|${seed.principalId}|${role.name}`);
	const scope = seed.scope.replace(/\/+$/, '');
	return {
		id: `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`,
		name,
		scope,
		principalId: seed.principalId,
		principalType: seed.principalType ?? 'ServicePrincipal',
		roleDefinitionId: roleDefinitionId(subscriptionId, role.name),
		createdAt: new Date(now).toISOString(),
	};
}

export function stableGuid(text: string): string {
	const hex = createHash('sha256').update(text).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
