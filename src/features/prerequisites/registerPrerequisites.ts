import * as vscode from 'vscode';
import { registerCommand } from '../../core/commandRunner';
import { setPrerequisiteStrings } from '../../core/prerequisites/localize';
import type { PrerequisiteReport } from '../../core/prerequisites/prerequisiteModel';
import { runPrerequisiteCheck } from '../../core/prerequisites/runCheck';
import { fixAndRecheck, outcomeText } from './fixFlow';
import type { FixChoice } from './fixConfirmation';
import type { PrerequisitesDependencies } from './reportController';
import { ReportPanels } from './reportPanels';
import { pickSubscriptionTarget, targetFromArgument } from './targetArgument';

export const checkPrerequisitesCommand = 'standbyPools.checkPrerequisites';
export const fixPrerequisitesCommand = 'standbyPools.fixPrerequisites';

function isFixChoice(value: unknown): value is FixChoice {
	return value === 'register' || value === 'assignRoles' || value === 'all';
}

/**
 * "Check Prerequisites" (subscriptions, scale sets, pools, the palette) with its report panel, and the fix
 * command other features run by id, e.g. the pool form's checklist: `standbyPools.fixPrerequisites` with a
 * scale set id returns the report after the fixes.
 */
export function registerPrerequisites(context: vscode.ExtensionContext, dependencies: PrerequisitesDependencies): void {
	setPrerequisiteStrings(vscode.l10n.bundle);
	const panels = new ReportPanels(context.extensionUri, dependencies);
	context.subscriptions.push(panels);

	registerCommand(
		context,
		checkPrerequisitesCommand,
		vscode.l10n.t('Check prerequisites'),
		async (argument?: unknown): Promise<PrerequisiteReport | undefined> => {
			let request = targetFromArgument(argument);
			if (!request) {
				const session = await dependencies.sessions.getSession({ signIn: true });
				if (!session) {
					return undefined;
				}
				request = await pickSubscriptionTarget(session);
			}
			return panels.show(request);
		},
	);

	registerCommand(
		context,
		fixPrerequisitesCommand,
		vscode.l10n.t('Fix prerequisites'),
		async (argument?: unknown, choice?: unknown): Promise<PrerequisiteReport | undefined> => {
			const request = targetFromArgument(argument);
			const session = await dependencies.sessions.getSession({ signIn: true });
			if (!request || !session) {
				return undefined;
			}
			const report = await runPrerequisiteCheck(session, request, { interactive: true });
			const result = await fixAndRecheck(
				session,
				dependencies.changes,
				report,
				isFixChoice(choice) ? choice : 'all',
				() => undefined,
			);
			if (result) {
				void notify(result.outcome.missingPermission !== undefined, outcomeText(result.outcome, 'inReport'), () =>
					panels.show(request),
				);
			}
			return result?.report ?? report;
		},
	);
}

async function notify(refused: boolean, text: string, openReport: () => unknown): Promise<void> {
	if (!refused) {
		void vscode.window.showInformationMessage(text);
		return;
	}
	const open = vscode.l10n.t('Open Report');
	if ((await vscode.window.showWarningMessage(text, open)) === open) {
		void openReport();
	}
}
