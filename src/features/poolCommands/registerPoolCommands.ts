import * as vscode from 'vscode';
import type { AzureSessions } from '../../core/azure/azureSessions';
import { registerCommand, UserCancelledError } from '../../core/commandRunner';
import type { ResourceChanges } from '../../core/resourceChanges';
import { isPoolNodeArgument, isScaleSetNodeArgument } from '../../core/treeNodeArgs';
import { deletePool } from './deletePool';
import { resourceScheme, ResourceDocuments } from './resourceDocuments';

interface ResourceLike {
	id: string;
	name: string;
	value: unknown;
}

/** The resource a tree node stands for: a pool, a scale set or a subscription. */
function resourceOf(node: unknown): ResourceLike {
	if (isPoolNodeArgument(node)) {
		return { id: node.pool.id, name: node.pool.name, value: node.pool };
	}
	if (isScaleSetNodeArgument(node)) {
		return { id: node.scaleSet.id, name: node.scaleSet.name, value: node.scaleSet };
	}
	const subscription = (node as { subscription?: { subscriptionId: string; displayName: string } } | undefined)
		?.subscription;
	if (subscription) {
		return { id: `/subscriptions/${subscription.subscriptionId}`, name: subscription.displayName, value: subscription };
	}
	throw new Error(vscode.l10n.t('Run this command from a node in the Standby Pools view.'));
}

/** Commands on existing resources: delete, status, properties, portal and resource id. */
export function registerPoolCommands(
	context: vscode.ExtensionContext,
	deps: { sessions: AzureSessions; changes: ResourceChanges },
): void {
	const documents = new ResourceDocuments();
	context.subscriptions.push(
		documents,
		vscode.workspace.registerTextDocumentContentProvider(resourceScheme, documents),
	);

	registerCommand(context, 'standbyPools.deletePool', vscode.l10n.t('Delete standby pool'), (node: unknown) =>
		deletePool(node, deps),
	);

	registerCommand(context, 'standbyPools.copyResourceId', vscode.l10n.t('Copy resource ID'), async (node: unknown) => {
		const { id } = resourceOf(node);
		await vscode.env.clipboard.writeText(id);
		void vscode.window.setStatusBarMessage(vscode.l10n.t('Copied {0}', id), 3000);
	});

	registerCommand(context, 'standbyPools.openInPortal', vscode.l10n.t('Open in portal'), async (node: unknown) => {
		const { id } = resourceOf(node);
		const session = await deps.sessions.getSession();
		if (!session?.portalUrl) {
			void vscode.window.showInformationMessage(
				vscode.l10n.t('The local emulator has no portal. Resource ID: {0}', id),
			);
			return;
		}
		await vscode.env.openExternal(vscode.Uri.parse(`${session.portalUrl}/#resource${id}`));
	});

	registerCommand(context, 'standbyPools.viewProperties', vscode.l10n.t('View properties'), async (node: unknown) => {
		const { id, name, value } = resourceOf(node);
		await documents.open(name, id, value);
	});

	registerCommand(context, 'standbyPools.showStatus', vscode.l10n.t('Show pool status'), async (node: unknown) => {
		if (!isPoolNodeArgument(node)) {
			throw new Error(vscode.l10n.t('Run "Show Pool Status" from a pool in the Standby Pools view.'));
		}
		const session = await deps.sessions.getSession({ signIn: true });
		if (!session) {
			throw new UserCancelledError();
		}
		const [runtimeView, virtualMachines] = await Promise.all([
			session.pools.getRuntimeView(node.pool.id),
			session.pools.listStandbyVirtualMachines(node.pool.id),
		]);
		await documents.open(`${node.pool.name}-status`, `${node.pool.id}/status/${Date.now()}`, {
			runtimeView,
			standbyVirtualMachines: virtualMachines,
		});
	});
}
