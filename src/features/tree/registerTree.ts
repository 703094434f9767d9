import * as vscode from 'vscode';
import type { AzureSessions } from '../../core/azure/azureSessions';
import { registerCommand } from '../../core/commandRunner';
import type { ResourceChanges } from '../../core/resourceChanges';
import { parseResourceId } from '../../core/azure/resourceId';
import { ErrorNode, type ExplorerNode } from './explorerNode';
import { ExplorerTreeProvider } from './explorerTreeProvider';
import { SubscriptionFilter } from './subscriptionFilter';

export const explorerViewId = 'standbyPools.explorer';

/** Registers the tree, its refresh commands and the automatic status refresh while it is visible. */
export function registerTree(
	context: vscode.ExtensionContext,
	deps: { sessions: AzureSessions; changes: ResourceChanges },
): ExplorerTreeProvider {
	const provider = new ExplorerTreeProvider(deps.sessions, new SubscriptionFilter(context.globalState));
	const view = vscode.window.createTreeView(explorerViewId, { treeDataProvider: provider, showCollapseAll: true });
	context.subscriptions.push(provider, view);

	registerCommand(context, 'standbyPools.refresh', vscode.l10n.t('Refresh'), (node?: ExplorerNode) =>
		provider.refresh(node),
	);
	registerCommand(context, 'standbyPools.selectSubscriptions', vscode.l10n.t('Select subscriptions'), () =>
		provider.chooseSubscriptions(),
	);
	registerCommand(context, 'standbyPools.retry', vscode.l10n.t('Retry'), (node?: ErrorNode) => {
		if (node instanceof ErrorNode) {
			node.retry();
		} else {
			provider.refresh();
		}
	});

	context.subscriptions.push(
		deps.sessions.onDidChangeSession(() => provider.refresh()),
		deps.changes.onDidChange((change) => {
			const subscriptionId =
				change.subscriptionId ?? (change.resourceId ? parseResourceId(change.resourceId)?.subscriptionId : undefined);
			provider.refreshSubscription(subscriptionId);
		}),
	);
	context.subscriptions.push(
		view.onDidCollapseElement((event) => provider.forgetLivePool(event.element)),
		startAutoRefresh(view, provider),
	);
	return provider;
}

/** Every tenth tick also reloads the lists, so pools created or changed elsewhere show up. */
const ticksPerFullRefresh = 10;

/**
 * While the view is visible, refreshes the status of expanded pools on an interval (one request each), and
 * now and then the whole tree. Hidden, it makes no requests at all.
 */
function startAutoRefresh(view: vscode.TreeView<ExplorerNode>, provider: ExplorerTreeProvider): vscode.Disposable {
	let timer: NodeJS.Timeout | undefined;
	const schedule = (): void => {
		if (timer) {
			clearInterval(timer);
			timer = undefined;
		}
		const seconds = vscode.workspace.getConfiguration('standbyPools').get<number>('refresh.intervalSeconds', 30);
		if (view.visible && seconds > 0) {
			let tick = 0;
			timer = setInterval(
				() => (++tick % ticksPerFullRefresh === 0 ? provider.refresh() : provider.refreshLivePools()),
				Math.max(seconds, 5) * 1000,
			);
		}
	};
	schedule();
	const subscriptions = [
		view.onDidChangeVisibility(schedule),
		vscode.workspace.onDidChangeConfiguration((event) => {
			if (event.affectsConfiguration('standbyPools.refresh')) {
				schedule();
			}
		}),
	];
	return new vscode.Disposable(() => {
		if (timer) {
			clearInterval(timer);
		}
		vscode.Disposable.from(...subscriptions).dispose();
	});
}
