import * as vscode from 'vscode';
import type { AzureSession } from '../../core/azure/standbyPoolApi';
import type { ScaleSetSummary, SubscriptionSummary } from '../../core/azure/scaleSetModels';
import type { StandbyVirtualMachinePool } from '../../core/azure/standbyPoolModels';
import { describeError } from '../../core/commandRunner';
import { getLogger } from '../../core/log';
import { ContainerPoolsNode } from './containerPoolsNode';
import { ErrorNode, MessageNode, type ExplorerNode } from './explorerNode';
import { PoolNode } from './poolNode';
import { ScaleSetNode } from './scaleSetNode';

const log = getLogger('tree');

function isMissingRegistration(error: unknown): boolean {
	return (error as { code?: unknown } | undefined)?.code === 'MissingSubscriptionRegistration';
}

/** Pools whose scale set no longer exists, grouped under their subscription. */
class OrphanPoolsNode implements ExplorerNode {
	constructor(
		readonly id: string,
		private readonly pools: PoolNode[],
	) {}

	getTreeItem(): vscode.TreeItem {
		const item = new vscode.TreeItem(
			vscode.l10n.t('Pools without a scale set'),
			vscode.TreeItemCollapsibleState.Collapsed,
		);
		item.id = this.id;
		item.description = String(this.pools.length);
		item.iconPath = new vscode.ThemeIcon('warning');
		return item;
	}

	async getChildren(): Promise<ExplorerNode[]> {
		return this.pools;
	}
}

/** A subscription: lists its scale sets and pools with one paged request each, in parallel. */
export class SubscriptionNode implements ExplorerNode {
	readonly kind = 'subscription';
	readonly id: string;

	constructor(
		private readonly session: AzureSession,
		readonly subscription: SubscriptionSummary,
		private readonly refresh: (node: ExplorerNode) => void,
		private readonly limit: <T>(task: () => Promise<T>) => Promise<T>,
	) {
		this.id = `subscription:${subscription.subscriptionId}`;
	}

	get resourceId(): string {
		return `/subscriptions/${this.subscription.subscriptionId}`;
	}

	getTreeItem(): vscode.TreeItem {
		const item = new vscode.TreeItem(this.subscription.displayName, vscode.TreeItemCollapsibleState.Collapsed);
		item.id = this.id;
		item.description = this.subscription.subscriptionId;
		item.tooltip = `${this.subscription.displayName}\n${this.subscription.subscriptionId}`;
		item.contextValue = 'subscription';
		item.iconPath = new vscode.ThemeIcon('key');
		return item;
	}

	async getChildren(): Promise<ExplorerNode[]> {
		const started = Date.now();
		const [scaleSets, pools] = await this.limit(() =>
			Promise.allSettled([
				this.session.scaleSets.listScaleSets(this.subscription.subscriptionId),
				this.session.pools.listPools(this.subscription.subscriptionId),
			]),
		);
		if (scaleSets.status === 'rejected') {
			log.warn(`Listing scale sets in ${this.subscription.subscriptionId} failed: ${describeError(scaleSets.reason)}`);
			return [new ErrorNode(`${this.id}/error`, describeError(scaleSets.reason), () => this.refresh(this))];
		}
		if (pools.status === 'rejected') {
			// The scale sets still show, so the user can reach them (and Check Prerequisites, when the provider is
			// not registered) while the pools' error says what went wrong.
			log.warn(`Listing pools in ${this.subscription.subscriptionId} failed: ${describeError(pools.reason)}`);
			return [
				new ErrorNode(`${this.id}/poolsError`, describeError(pools.reason), () => this.refresh(this), {
					label: vscode.l10n.t('Standby pools failed to load'),
					checkPrerequisites: isMissingRegistration(pools.reason),
					subscriptionId: this.subscription.subscriptionId,
					subscriptionName: this.subscription.displayName,
				}),
				...this.buildChildren(scaleSets.value, []),
			];
		}
		log.debug(
			`Listed ${scaleSets.value.length} scale sets and ${pools.value.length} pools ` +
				`in ${this.subscription.displayName} in ${Date.now() - started} ms`,
		);
		return this.buildChildren(scaleSets.value, pools.value);
	}

	private buildChildren(scaleSets: ScaleSetSummary[], pools: StandbyVirtualMachinePool[]): ExplorerNode[] {
		const scaleSetsById = new Map(scaleSets.map((scaleSet) => [scaleSet.id.toLowerCase(), scaleSet]));
		const poolsByScaleSet = new Map<string, PoolNode>();
		const orphans: PoolNode[] = [];
		for (const pool of pools) {
			const scaleSetId = pool.properties.attachedVirtualMachineScaleSetId?.toLowerCase() ?? '';
			const scaleSet = scaleSetsById.get(scaleSetId);
			const node = new PoolNode(this.session, pool, scaleSet, this.refresh);
			if (scaleSet && !poolsByScaleSet.has(scaleSetId)) {
				poolsByScaleSet.set(scaleSetId, node);
			} else {
				orphans.push(node);
			}
		}

		const children: ExplorerNode[] = [...scaleSets]
			.sort((left, right) => left.name.localeCompare(right.name))
			.map((scaleSet) => new ScaleSetNode(scaleSet, poolsByScaleSet.get(scaleSet.id.toLowerCase())));
		if (orphans.length > 0) {
			children.push(new OrphanPoolsNode(`${this.id}/orphans`, orphans));
		}
		if (children.length === 0) {
			children.push(new MessageNode(`${this.id}/empty`, vscode.l10n.t('No scale sets in this subscription')));
		}
		children.push(new ContainerPoolsNode(this.session, this.subscription.subscriptionId, this.refresh));
		return children;
	}
}
