import * as vscode from 'vscode';
import type { AzureSession } from '../../core/azure/standbyPoolApi';
import { prerequisiteApis } from '../../core/prerequisites/prerequisiteApis';
import type { CheckTarget, FixPlan, PrerequisiteReport } from '../../core/prerequisites/prerequisiteModel';
import { recheckPrerequisites } from '../../core/prerequisites/runCheck';
import type { ResourceChanges } from '../../core/resourceChanges';
import { chosenFixes, confirmationFor, type FixChoice } from './fixConfirmation';
import { runFixes, type BusyReporter, type FixOutcome } from './fixRunner';

export interface FixResult {
	readonly outcome: FixOutcome;
	/** The check run again after the fixes. */
	readonly report: PrerequisiteReport;
}

function subscriptionName(target: CheckTarget): string | undefined {
	return target.kind === 'subscription' && target.label !== target.subscriptionId ? target.label : undefined;
}

/**
 * Fixes what the report found missing, after one modal confirmation that lists every role and the scope,
 * then checks again. Undefined when there was nothing to fix or the user declined.
 */
export async function fixAndRecheck(
	session: AzureSession,
	changes: ResourceChanges,
	report: PrerequisiteReport,
	choice: FixChoice,
	busy: BusyReporter,
	onConfirmed?: (plan: FixPlan) => void,
): Promise<FixResult | undefined> {
	const apis = prerequisiteApis(session);
	const plan = chosenFixes(report.plan, choice);
	if (!apis || (!plan.register && !plan.assignRoles)) {
		return undefined;
	}
	const confirmation = confirmationFor(plan, subscriptionName(report.target));
	if (confirmation) {
		const answer = await vscode.window.showWarningMessage(
			confirmation.message,
			{ modal: true, detail: confirmation.detail },
			confirmation.confirmLabel,
		);
		if (answer !== confirmation.confirmLabel) {
			return undefined;
		}
	}

	onConfirmed?.(plan);
	const outcome = await runFixes(apis, plan, busy);
	if (outcome.changed) {
		changes.fire({ subscriptionId: report.target.subscriptionId });
	}
	busy(vscode.l10n.t('Checking again...'));
	return { outcome, report: await recheckPrerequisites(session, report.target) };
}

/**
 * The sentence a user reads after the fixes: what happened, and who can do the rest when the account may not.
 * In the report the commands are `below`; in a notification they are one click away, in the report.
 */
export function outcomeText(outcome: FixOutcome, commands: 'below' | 'inReport'): string {
	const text = outcome.messages.join(' ');
	if (!outcome.missingPermission) {
		return text;
	}
	return commands === 'below'
		? vscode.l10n.t(
				'{0} (Missing permission: {1}.) Ask an administrator of the subscription (Owner, User Access Administrator or Role Based Access Control Administrator) to run the Azure CLI commands below.',
				text,
				outcome.missingPermission,
			)
		: vscode.l10n.t(
				'{0} (Missing permission: {1}.) Ask an administrator of the subscription (Owner, User Access Administrator or Role Based Access Control Administrator) to run the Azure CLI commands of the prerequisites report.',
				text,
				outcome.missingPermission,
			);
}
