import { localize } from './localize';
import type { PrerequisiteFacts, ReportItem } from './prerequisiteModel';
import { standbyPoolNamespace, standbyPoolPrincipalName, subscriptionScope, type RequiredRole } from './requiredRoles';

/** Quotes a value for a POSIX shell when it holds anything but safe characters. */
function shellWord(value: string): string {
	return /^[A-Za-z0-9_./:=@-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * The Azure CLI commands (bash) that fix what is missing, or that an administrator runs when the signed-in
 * account may not: registration, then one role assignment per role. Roles that could not be read are
 * included too; assigning a role that exists already changes nothing. Empty when nothing needs doing.
 */
export function azureCliCommands(
	facts: PrerequisiteFacts,
	items: readonly ReportItem[],
	roles: readonly RequiredRole[],
): string {
	const needsWork = (id: string): boolean => {
		const state = items.find((item) => item.id === id)?.state;
		return state === 'missing' || state === 'unknown';
	};
	const subscriptionId = facts.target.subscriptionId;
	const lines: string[] = [];

	if (needsWork('registration')) {
		lines.push(
			`# ${localize('Register the {0} resource provider (this can take a few minutes).', standbyPoolNamespace)}`,
			`az provider register --namespace ${standbyPoolNamespace} --subscription ${shellWord(subscriptionId)} --wait`,
		);
	}

	const rolesToAssign = roles.filter((role) => needsWork(`role:${role.id}`));
	if (rolesToAssign.length > 0) {
		const principal = facts.principal.ok ? facts.principal.value : undefined;
		if (lines.length > 0) {
			lines.push('');
		}
		lines.push(`# ${localize('Give "{0}" the roles it needs on the subscription.', standbyPoolPrincipalName)}`);
		if (principal) {
			lines.push(`principalId=${shellWord(principal.id)}`);
		} else {
			lines.push(
				`principalId=$(az ad sp list --display-name ${shellWord(standbyPoolPrincipalName)} --query '[0].id' --output tsv)`,
			);
		}
		for (const role of rolesToAssign) {
			lines.push(
				`# ${role.name}`,
				`az role assignment create --assignee-object-id "$principalId" --assignee-principal-type ServicePrincipal \\`,
				`  --role ${role.id} --scope ${shellWord(subscriptionScope(subscriptionId))}`,
			);
		}
	}
	return lines.join('\n');
}
