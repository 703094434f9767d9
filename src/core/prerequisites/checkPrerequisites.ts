import type { RoleAssignment } from '../azure/accessModels';
import { azureCliCommands } from './azureCliCommands';
import { localize } from './localize';
import type {
	CheckTarget,
	FixPlan,
	ItemState,
	PrerequisiteFacts,
	PrerequisiteReport,
	ReportItem,
	ReportSummary,
	RequestFailure,
} from './prerequisiteModel';
import {
	roleIdOf,
	rolesNeeded,
	standbyPoolNamespace,
	standbyPoolPrincipalName,
	subscriptionScope,
	type RequiredRole,
} from './requiredRoles';

/**
 * Judges what a check read from Azure: one item per prerequisite (ok, missing, in progress or unknown), the
 * fixes the extension can make, and the Azure CLI commands an administrator can run instead. Pure.
 */
export function checkPrerequisites(facts: PrerequisiteFacts, now: Date = new Date()): PrerequisiteReport {
	const roles = rolesNeeded((facts.target.galleryImageScaleSets?.length ?? 0) > 0);
	const items = [registrationItem(facts), principalItem(facts), ...roleItems(facts, roles)];
	const plan = planFixes(facts, items, roles);
	return {
		target: facts.target,
		summary: summarize(items),
		items,
		plan,
		notes: notes(facts.target),
		cliCommands: azureCliCommands(facts, items, roles),
		checkedAt: now.toISOString(),
	};
}

function unknownItem(base: Omit<ReportItem, 'state' | 'detail'>, failure: RequestFailure, what: string): ReportItem {
	if (failure.missingPermission) {
		return {
			...base,
			state: 'unknown',
			detail: localize(
				'Your account is not allowed to read {0} (missing permission {1}).',
				what,
				failure.missingPermission,
			),
			missingPermission: failure.missingPermission,
		};
	}
	return { ...base, state: 'unknown', detail: localize('Could not read {0}: {1}', what, failure.message) };
}

function registrationItem(facts: PrerequisiteFacts): ReportItem {
	const base = { id: 'registration', kind: 'registration', title: localize('Resource provider registration') } as const;
	if (!facts.registration.ok) {
		return unknownItem(base, facts.registration.failure, localize('the registration of {0}', standbyPoolNamespace));
	}
	const state = facts.registration.value;
	switch (state.toLowerCase()) {
		case 'registered':
			return {
				...base,
				state: 'ok',
				detail: localize('{0} is registered in this subscription.', standbyPoolNamespace),
			};
		case 'registering':
			return {
				...base,
				state: 'inProgress',
				detail: localize('{0} is being registered; this can take a few minutes.', standbyPoolNamespace),
			};
		default:
			return {
				...base,
				state: 'missing',
				detail: localize(
					'{0} is not registered ({1}): Azure refuses to create standby pools in this subscription until it is.',
					standbyPoolNamespace,
					state,
				),
			};
	}
}

function isRegistered(facts: PrerequisiteFacts): boolean | undefined {
	return facts.registration.ok ? facts.registration.value.toLowerCase() === 'registered' : undefined;
}

function principalItem(facts: PrerequisiteFacts): ReportItem {
	const base = {
		id: 'principal',
		kind: 'principal',
		title: localize('Service principal "{0}"', standbyPoolPrincipalName),
	} as const;
	if (!facts.principal.ok) {
		return unknownItem(base, facts.principal.failure, localize('service principals in Microsoft Entra ID'));
	}
	const principal = facts.principal.value;
	if (principal) {
		return { ...base, state: 'ok', detail: localize('Found in the directory (object id {0}).', principal.id) };
	}
	if (isRegistered(facts) === false) {
		return {
			...base,
			state:
				facts.registration.ok && facts.registration.value.toLowerCase() === 'registering' ? 'inProgress' : 'missing',
			detail: localize('Not in the directory yet: Azure adds it when {0} is registered.', standbyPoolNamespace),
		};
	}
	return {
		...base,
		state: 'missing',
		detail: localize(
			'Not found in this directory. Registering {0} again usually brings it back; otherwise ask your directory administrator.',
			standbyPoolNamespace,
		),
	};
}

/** True when an assignment made at `scope` reaches `target`: the same scope, or one above it. */
export function scopeCovers(scope: string, target: string): boolean {
	const normalized = scope.replace(/\/+$/, '').toLowerCase();
	const wanted = target.replace(/\/+$/, '').toLowerCase();
	// Assignments above the subscription (management groups, the root) are listed only when they apply to it.
	if (!normalized.startsWith('/subscriptions/')) {
		return true;
	}
	return wanted === normalized || wanted.startsWith(`${normalized}/`);
}

/** How an assignment's scope reads in a sentence: "the subscription", "resource group rg-web"... */
export function describeScope(scope: string): string {
	const resourceGroup = /^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)$/i.exec(scope)?.[1];
	if (/^\/subscriptions\/[^/]+$/i.test(scope)) {
		return localize('the subscription');
	}
	if (resourceGroup) {
		return localize('resource group {0}', resourceGroup);
	}
	const managementGroup = /managementGroups\/([^/]+)$/i.exec(scope)?.[1];
	if (managementGroup) {
		return localize('management group {0}', managementGroup);
	}
	return scope === '/' ? localize('the root scope') : scope;
}

function coverageScope(target: CheckTarget): string {
	return target.scaleSetId ?? subscriptionScope(target.subscriptionId);
}

function roleItems(facts: PrerequisiteFacts, roles: readonly RequiredRole[]): ReportItem[] {
	const gallery = facts.target.galleryImageScaleSets ?? [];
	return roles.map((role) => {
		const base = { id: `role:${role.id}`, kind: 'role', title: role.name } as const;
		const why = role.forGalleryImages
			? ` ${localize('Needed because {0} uses an Azure Compute Gallery image.', gallery.join(', '))}`
			: '';
		if (!facts.assignments) {
			const principalFailed = !facts.principal.ok;
			return {
				...base,
				state: 'unknown',
				detail:
					(principalFailed
						? localize('Cannot be checked without the service principal.')
						: localize('Cannot be checked until the service principal exists.')) + why,
			};
		}
		if (!facts.assignments.ok) {
			const item = unknownItem(base, facts.assignments.failure, localize('role assignments'));
			return { ...item, detail: item.detail + why };
		}
		const held = holdingAssignment(facts.assignments.value, role, coverageScope(facts.target));
		if (held) {
			return { ...base, state: 'ok', detail: localize('Assigned on {0}.', describeScope(held.scope)) + why };
		}
		return {
			...base,
			state: 'missing',
			detail: localize('Not assigned on the subscription or on a scope that contains {0}.', facts.target.label) + why,
		};
	});
}

// TODO: only the built-in roles count, by id; a custom role or Owner with the same permissions reads as missing,
// which errs on the side of asking, and the report says which roles it looked for.
function holdingAssignment(
	assignments: readonly RoleAssignment[],
	role: RequiredRole,
	scope: string,
): RoleAssignment | undefined {
	return assignments.find(
		(assignment) => roleIdOf(assignment.roleDefinitionId) === role.id && scopeCovers(assignment.scope, scope),
	);
}

function planFixes(facts: PrerequisiteFacts, items: readonly ReportItem[], roles: readonly RequiredRole[]): FixPlan {
	const registration = items.find((item) => item.kind === 'registration');
	const missingRoles = roles.filter((role) =>
		items.some((item) => item.id === `role:${role.id}` && item.state === 'missing'),
	);
	const principal = facts.principal.ok ? facts.principal.value : undefined;
	return {
		register:
			registration?.state === 'missing'
				? { subscriptionId: facts.target.subscriptionId, namespace: standbyPoolNamespace }
				: undefined,
		// TODO: roles are assigned on the whole subscription, as Azure's documentation asks; a narrower scope (the
		// scale set's resource group) would need the user to choose it, which the confirmation does not offer yet.
		assignRoles:
			principal && missingRoles.length > 0
				? {
						scope: subscriptionScope(facts.target.subscriptionId),
						principalId: principal.id,
						principalName: principal.displayName,
						roles: missingRoles,
					}
				: undefined,
	};
}

function summarize(items: readonly ReportItem[]): ReportSummary {
	const has = (state: ItemState): boolean => items.some((item) => item.state === state);
	if (has('missing')) {
		return 'actionNeeded';
	}
	if (has('unknown')) {
		return 'incomplete';
	}
	return has('inProgress') ? 'inProgress' : 'ready';
}

function notes(target: CheckTarget): string[] {
	if (target.galleryImageScaleSets === undefined) {
		return [
			localize(
				'Could not tell whether the image comes from an Azure Compute Gallery, so the two gallery roles were not checked.',
			),
		];
	}
	return [];
}
