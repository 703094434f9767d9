import * as vscode from 'vscode';
import type { AzureSessions } from '../../core/azure/azureSessions';
import { parseResourceId } from '../../core/azure/resourceId';
import { UserCancelledError } from '../../core/commandRunner';
import { getLogger } from '../../core/log';
import type { ResourceChanges } from '../../core/resourceChanges';
import { isPoolNodeArgument } from '../../core/treeNodeArgs';

const log = getLogger('delete');

/** Deletes a pool after a modal confirmation, following the long-running operation with progress. */
export async function deletePool(
	node: unknown,
	deps: { sessions: AzureSessions; changes: ResourceChanges },
): Promise<void> {
	if (!isPoolNodeArgument(node)) {
		throw new Error(vscode.l10n.t('Run "Delete Standby Pool" from a pool in the Standby Pools view.'));
	}
	const { pool } = node;
	const deleteLabel = vscode.l10n.t('Delete');
	const choice = await vscode.window.showWarningMessage(
		vscode.l10n.t('Delete standby pool "{0}"?', pool.name),
		{
			modal: true,
			detail: vscode.l10n.t(
				'Its standby VMs are deleted too. The scale set {0} is not changed.',
				parseResourceId(pool.properties.attachedVirtualMachineScaleSetId ?? '')?.name ?? '',
			),
		},
		deleteLabel,
	);
	if (choice !== deleteLabel) {
		throw new UserCancelledError();
	}

	const session = await deps.sessions.getSession({ signIn: true });
	if (!session) {
		throw new UserCancelledError();
	}
	const started = Date.now();
	try {
		await vscode.window.withProgress(
			{
				location: vscode.ProgressLocation.Notification,
				title: vscode.l10n.t('Deleting standby pool {0}', pool.name),
				cancellable: false,
			},
			async (progress) =>
				session.pools.deletePool(pool.id, {
					onProgress: (state) => progress.report({ message: state.status }),
				}),
		);
		log.info(`Deleted ${pool.id} in ${Date.now() - started} ms`);
		void vscode.window.showInformationMessage(vscode.l10n.t('Deleted standby pool {0}.', pool.name));
	} finally {
		deps.changes.fire({ resourceId: pool.id });
	}
}
