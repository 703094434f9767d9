import * as vscode from 'vscode';
import type { AzureSession } from '../../core/azure/standbyPoolApi';
import type { StandbyContainerGroupPool } from '../../core/azure/standbyPoolModels';
import { describeError } from '../../core/commandRunner';
import { ErrorNode, MessageNode, type ExplorerNode } from './explorerNode';

/** A standby container group pool, shown read-only. */
class ContainerPoolNode implements ExplorerNode {
	readonly id: string;

	constructor(readonly pool: StandbyContainerGroupPool) {
		this.id = `containerPool:${pool.id.toLowerCase()}`;
	}

	getTreeItem(): vscode.TreeItem {
		const item = new vscode.TreeItem(this.pool.name, vscode.TreeItemCollapsibleState.None);
		item.id = this.id;
		const max = this.pool.properties.elasticityProfile?.maxReadyCapacity;
		const state = String(this.pool.properties.provisioningState ?? 'Unknown');
		item.description = [this.pool.location, max === undefined ? '' : `max ${max} ready`, state]
			.filter(Boolean)
			.join(' · ');
		item.tooltip = `${this.pool.name}\n${this.pool.id}`;
		item.contextValue = 'containerPool';
		item.iconPath = new vscode.ThemeIcon('package');
		return item;
	}
}

/** Groups a subscription's standby container group pools; loaded only when expanded. */
export class ContainerPoolsNode implements ExplorerNode {
	readonly id: string;

	constructor(
		private readonly session: AzureSession,
		private readonly subscriptionId: string,
		private readonly refresh: (node: ExplorerNode) => void,
	) {
		this.id = `subscription:${subscriptionId}/containerPools`;
	}

	getTreeItem(): vscode.TreeItem {
		const item = new vscode.TreeItem(vscode.l10n.t('Container group pools'), vscode.TreeItemCollapsibleState.Collapsed);
		item.id = this.id;
		item.iconPath = new vscode.ThemeIcon('package');
		item.tooltip = vscode.l10n.t('Standby pools of Azure Container Instances container groups (read-only)');
		return item;
	}

	async getChildren(): Promise<ExplorerNode[]> {
		try {
			const pools = await this.session.pools.listContainerGroupPools(this.subscriptionId);
			if (pools.length === 0) {
				return [new MessageNode(`${this.id}/empty`, vscode.l10n.t('No container group pools'))];
			}
			return pools
				.sort((left, right) => left.name.localeCompare(right.name))
				.map((pool) => new ContainerPoolNode(pool));
		} catch (error) {
			return [new ErrorNode(`${this.id}/error`, describeError(error), () => this.refresh(this))];
		}
	}
}
