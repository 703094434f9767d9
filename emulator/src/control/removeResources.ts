import type { EmulatorState } from '../state/emulatorState';
import { idKey } from '../state/resourceIds';

/**
 * Removes resources by id, as if deleted outside the client: any pool, scale set or role assignment, a whole
 * resource group, or a whole subscription. Returns the ids that matched nothing.
 */
export function removeResources(state: EmulatorState, ids: string[]): string[] {
	const unmatched: string[] = [];
	for (const id of ids) {
		if (!removeOne(state, idKey(id))) {
			unmatched.push(id);
		}
	}
	return unmatched;
}

function removeOne(state: EmulatorState, key: string): boolean {
	const group = /^\/subscriptions\/([^/]+)\/resourcegroups\/([^/]+)$/.exec(key);
	const subscription = /^\/subscriptions\/([^/]+)$/.exec(key);
	if (group || subscription) {
		return removeScope(state, key, group?.[1] ?? subscription?.[1] ?? '', group?.[2]);
	}
	let removed = false;
	for (const map of [state.scaleSets, state.vmPools, state.containerPools, state.roleAssignments]) {
		removed = map.delete(key) || removed;
	}
	return removed;
}

function removeScope(
	state: EmulatorState,
	key: string,
	subscriptionId: string,
	groupName: string | undefined,
): boolean {
	const record = state.subscription(subscriptionId);
	if (!record) {
		return false;
	}
	if (groupName === undefined) {
		state.subscriptions.delete(subscriptionId);
	} else {
		const before = record.resourceGroups.length;
		record.resourceGroups = record.resourceGroups.filter((entry) => entry.name.toLowerCase() !== groupName);
		if (record.resourceGroups.length === before) {
			return false;
		}
	}
	for (const map of [state.scaleSets, state.vmPools, state.containerPools, state.roleAssignments]) {
		for (const id of [...map.keys()]) {
			if (id.startsWith(`${key}/`)) {
				map.delete(id);
			}
		}
	}
	return true;
}
