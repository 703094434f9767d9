import * as vscode from 'vscode';
import type { AzureSessions } from '../azure/azureSessions';
import { describeError } from '../commandRunner';
import { getLogger } from '../log';
import { checklistFor, failedChecklist, type ChecklistAction, type PrerequisiteChecklist } from './checklist';
import type { PrerequisiteReport } from './prerequisiteModel';
import { runPrerequisiteCheck } from './runCheck';

const log = getLogger('prerequisites');

/**
 * The short checklist for a scale set, for a form that opens: never prompts (no sign-in, no Graph consent)
 * and never throws, so the form works the same whether or not the check can run.
 */
export async function checklistForScaleSet(
	sessions: AzureSessions,
	scaleSetId: string,
): Promise<PrerequisiteChecklist> {
	const started = Date.now();
	try {
		const session = await sessions.getSession();
		if (!session) {
			return failedChecklist(vscode.l10n.t('not signed in'));
		}
		const report = await runPrerequisiteCheck(session, { kind: 'resourceId', id: scaleSetId });
		log.info(`Form checklist for ${scaleSetId}: ${report.summary} in ${Date.now() - started} ms`);
		return checklistFor(report);
	} catch (error) {
		log.warn(`Form checklist for ${scaleSetId} failed: ${describeError(error)}`);
		return failedChecklist(describeError(error));
	}
}

/**
 * Runs a checklist button through the prerequisites feature's commands, by id (features do not import each
 * other). `fix` asks the user to confirm, then answers with the checklist after the fixes; `details` opens
 * the report panel; both answer undefined when nothing changed in the checklist.
 */
export async function runChecklistAction(
	sessions: AzureSessions,
	action: ChecklistAction,
	scaleSetId: string,
): Promise<PrerequisiteChecklist | undefined> {
	switch (action) {
		case 'details':
			await vscode.commands.executeCommand('standbyPools.checkPrerequisites', scaleSetId);
			return undefined;
		case 'fix': {
			const report = await vscode.commands.executeCommand<PrerequisiteReport | undefined>(
				'standbyPools.fixPrerequisites',
				scaleSetId,
			);
			return report ? checklistFor(report) : undefined;
		}
		case 'recheck':
			return checklistForScaleSet(sessions, scaleSetId);
	}
}
