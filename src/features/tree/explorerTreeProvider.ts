import * as vscode from 'vscode';
import type { AzureSessions } from '../../core/azure/azureSessions';
import { describeError } from '../../core/commandRunner';
import { createConcurrencyLimit } from '../../core/concurrencyLimit';
import { ErrorNode, MessageNode, type ExplorerNode } from './explorerNode';
import { PoolNode } from './poolNode';
import { SubscriptionNode } from './subscriptionNode';
import { TenantNode } from './tenantNode';
import type { AzureSession } from '../../core/azure/standbyPoolApi';
import type { SubscriptionFilter } from './subscriptionFilter';

/**
 * How many subscriptions load at once. Each one makes two paged list requests in parallel, so this keeps
 * a large estate from opening hundreds of connections while letting a typical one load in a single wave.
 */
const subscriptionLoadConcurrency = 24;

export type ExplorerState = 'loading' | 'signedOut' | 'noSubscriptions' | 'ready' | 'error';

/** The Standby Pools tree: subscriptions, then scale sets, then their pools and status. */
export class ExplorerTreeProvider implements vscode.TreeDataProvider<ExplorerNode>, vscode.Disposable {
	private readonly emitter = new vscode.EventEmitter<ExplorerNode | undefined>();
	readonly onDidChangeTreeData = this.emitter.event;
	private roots: SubscriptionNode[] = [];
	private readonly livePools = new Map<string, PoolNode>();
	private readonly limit = createConcurrencyLimit(subscriptionLoadConcurrency);

	constructor(
		private readonly sessions: AzureSessions,
		private readonly filter: SubscriptionFilter,
	) {}

	/** Lets the user pick which subscriptions the tree shows. */
	async chooseSubscriptions(): Promise<void> {
		const session = await this.sessions.getSession({ signIn: true });
		if (!session) {
			return;
		}
		const subscriptions = await session.subscriptions.listSubscriptions();
		if (await this.filter.choose(session.label, subscriptions)) {
			this.refresh();
		}
	}

	getTreeItem(node: ExplorerNode): vscode.TreeItem {
		return node.getTreeItem();
	}

	async getChildren(node?: ExplorerNode): Promise<ExplorerNode[]> {
		if (node instanceof PoolNode) {
			// VS Code asks for a pool's children only while it is expanded: that is the status worth keeping live.
			this.livePools.set(node.id, node);
		}
		if (node) {
			return node.getChildren ? node.getChildren() : [];
		}
		return this.getRoots();
	}

	/** Forgets a pool's status when its node is collapsed, so it is no longer refreshed. */
	forgetLivePool(node: ExplorerNode): void {
		this.livePools.delete(node.id);
	}

	/** Reloads the status of every expanded pool, one runtime-view request each, nothing else. */
	refreshLivePools(): void {
		for (const node of this.livePools.values()) {
			this.refresh(node);
		}
	}

	/** Reloads a node (or the whole tree) and everything below it. */
	refresh(node?: ExplorerNode): void {
		if (!node) {
			this.livePools.clear();
		}
		this.emitter.fire(node);
	}

	/** Reloads the subscription that holds a changed resource, or everything when unknown. */
	refreshSubscription(subscriptionId: string | undefined): void {
		const root = subscriptionId
			? this.roots.find(
					(candidate) => candidate.subscription.subscriptionId.toLowerCase() === subscriptionId.toLowerCase(),
				)
			: undefined;
		this.refresh(root);
	}

	/** The subscriptions of one session (in one tenant, when given), after the user's filter. */
	private async subscriptionNodes(session: AzureSession, tenantId?: string): Promise<ExplorerNode[]> {
		const all = (await session.subscriptions.listSubscriptions()).filter(
			(subscription) => !tenantId || !subscription.tenantId || subscription.tenantId === tenantId,
		);
		const subscriptions = this.filter.apply(session.label, all);
		const nodes = subscriptions.map(
			(subscription) => new SubscriptionNode(session, subscription, (target) => this.refresh(target), this.limit),
		);
		this.roots = [...this.roots.filter((root) => !nodes.some((node) => node.id === root.id)), ...nodes];
		if (all.length > 0 && subscriptions.length === 0) {
			return [
				new MessageNode(
					`${tenantId ?? 'root'}/filtered`,
					vscode.l10n.t('All subscriptions are hidden by the filter'),
					'filter',
				),
			];
		}
		if (all.length === 0 && tenantId) {
			return [new MessageNode(`${tenantId}/empty`, vscode.l10n.t('No subscriptions in this directory'))];
		}
		return nodes;
	}

	private async getRoots(): Promise<ExplorerNode[]> {
		try {
			const session = await this.sessions.getSession();
			this.roots = [];
			if (!session) {
				await setState('signedOut');
				return [];
			}
			// Directories and subscriptions load side by side: most accounts have one directory, and then the
			// subscriptions are all that is shown, without waiting for a second round trip.
			const [tenants, subscriptions] = await Promise.allSettled([
				this.sessions.selectedTenantId ? [] : session.subscriptions.listTenants(),
				this.subscriptionNodes(session),
			]);
			if (tenants.status === 'fulfilled' && tenants.value.length > 1) {
				this.roots = [];
				await setState('ready');
				return tenants.value.map(
					(tenant) =>
						new TenantNode(
							tenant,
							(tenantId) => this.sessions.getSession({ tenantId }),
							(tenantSession, tenantId) => this.subscriptionNodes(tenantSession, tenantId),
							(target) => this.refresh(target),
						),
				);
			}
			if (subscriptions.status === 'rejected') {
				throw subscriptions.reason;
			}
			const nodes = subscriptions.value;
			await setState(this.roots.length === 0 && nodes.length === 0 ? 'noSubscriptions' : 'ready');
			return nodes;
		} catch (error) {
			await setState('error');
			this.roots = [];
			return [
				new ErrorNode('root/error', describeError(error), () => this.refresh()),
				new MessageNode(
					'root/hint',
					vscode.l10n.t('Check the connection with "Choose Connection" or the log.'),
					'info',
				),
			];
		}
	}

	dispose(): void {
		this.emitter.dispose();
	}
}

async function setState(state: ExplorerState): Promise<void> {
	await vscode.commands.executeCommand('setContext', 'standbyPools.state', state);
}
