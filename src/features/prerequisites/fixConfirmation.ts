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
 */
export function confirmationFor(plan: FixPlan, subscriptionLabel: string): Confirmation | undefined {
	const roles = plan.assignRoles;
	if (!roles) {
		return undefined;
	}
	const lines: string[] = [];
	if (plan.register) {
		lines.push(
			localize('Register the resource provider {0} in subscription {1}.', plan.register.namespace, subscriptionLabel),
			'',
		);
	}
	lines.push(
		localize('Assign to "{0}" (object id {1}):', roles.principalName, roles.principalId),
		...roles.roles.map((role) => `  • ${role.name}`),
		'',
		localize('Scope: {0} (subscription {1})', roles.scope, subscriptionLabel),
	);
	return {
		message:
			roles.roles.length === 1
				? localize('Assign 1 role to the Standby Pool service?')
				: localize('Assign {0} roles to the Standby Pool service?', roles.roles.length),
		detail: lines.join('\n'),
		confirmLabel: plan.register ? localize('Register and Assign') : localize('Assign Roles'),
	};
}
