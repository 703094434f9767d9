import type { EmulatorState } from '../state/emulatorState';
import type { ScaleSetRecord } from '../state/model';
import { findRole } from '../state/roleDefinitions';
import { scaleSetFacts } from '../state/scaleSetFacts';
import { standbyPoolPrincipal } from '../state/standbyPoolPrincipal';

const alwaysNeeded = ['Virtual Machine Contributor', 'Network Contributor', 'Managed Identity Operator'];
const galleryNeeded = ['Compute Gallery Sharing Admin', 'Compute Gallery Artifacts Publisher'];

/**
 * The roles the Standby Pool Resource Provider needs to fill a pool for this scale set but does not have. An
 * assignment counts when its scope contains the scale set (the subscription, its resource group, or the scale set).
 */
export function missingProviderRoles(state: EmulatorState, scaleSet: ScaleSetRecord): string[] {
	const needed = scaleSetFacts(scaleSet).galleryImage ? [...alwaysNeeded, ...galleryNeeded] : alwaysNeeded;
	const scaleSetId = scaleSet.id.toLowerCase();
	const held = new Set<string>();
	for (const assignment of state.roleAssignments.values()) {
		const scope = assignment.scope.toLowerCase();
		const covers = scaleSetId === scope || scaleSetId.startsWith(`${scope}/`);
		if (covers && assignment.principalId.toLowerCase() === standbyPoolPrincipal.id) {
			const role = findRole(assignment.roleDefinitionId);
			if (role) {
				held.add(role.roleName);
			}
		}
	}
	return needed.filter((role) => !held.has(role));
}
