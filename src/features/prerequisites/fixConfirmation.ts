import { localize } from '../../core/prerequisites/localize';
import type { FixPlan } from '../../core/prerequisites/prerequisiteModel';

/** Which of the planned fixes the user asked for. */
export type FixChoice = 'register' | 'assignRoles' | 'all';

export interface Confirmation {
	readonly message: string;
	/** Exactly what will change, and where. */
	readonly detail: string;
	readonly confirmLabel: string;
}

/** The parts of the plan a choice covers; what is not planned is left out. */
export function chosenFixes(plan: FixPlan, choice: FixChoice): FixPlan {
	return {
		register: choice === 'assignRoles' ? undefined : plan.register,
		assignRoles: choice === 'register' ? undefined : plan.assignRoles,
	};
}

/**
 * The one modal confirmation before anything changes: each role by name, the principal and the scope. A
 * registration alone needs none: the button that asked for it said exactly that, and it grants nothing.
 * `subscriptionName` is the subscription's display name when known; the scope always carries its id.
 */
export function confirmationFor(plan: FixPlan, subscriptionName: string | undefined): Confirmation | undefined {
	const roles = plan.assignRoles;
	if (!roles) {
		return undefined;
	}
	const lines: string[] = [];
	if (plan.register) {
		lines.push(
			localize(
				'Register the resource provider {0} in subscription {1}.',
				plan.register.namespace,
				subscriptionName ?? plan.register.subscriptionId,
			),
			'',
		);
	}
	lines.push(
		localize('Assign to "{0}" (object id {1}):', roles.principalName, roles.principalId),
		...roles.roles.map((role) => `  • ${role.name}`),
		'',
		subscriptionName
			? localize('Scope: {0} (subscription {1})', roles.scope, subscriptionName)
			: localize('Scope: {0} (the whole subscription)', roles.scope),
	);
	const count = roles.roles.length;
	let message: string;
	if (plan.register) {
		message =
			count === 1
				? localize('Register {0} and assign 1 role to the Standby Pool service?', plan.register.namespace)
				: localize('Register {0} and assign {1} roles to the Standby Pool service?', plan.register.namespace, count);
	} else {
		message =
			count === 1
				? localize('Assign 1 role to the Standby Pool service?')
				: localize('Assign {0} roles to the Standby Pool service?', count);
	}
	return {
		message,
		detail: lines.join('\n'),
		confirmLabel: plan.register ? localize('Register and Assign') : localize('Assign Roles'),
	};
}
