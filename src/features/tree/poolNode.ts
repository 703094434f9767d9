import * as vscode from 'vscode';
import type { AzureSession } from '../../core/azure/standbyPoolApi';
import type { ScaleSetSummary } from '../../core/azure/scaleSetModels';
import type { StandbyVirtualMachinePool } from '../../core/azure/standbyPoolModels';
import { describeError } from '../../core/commandRunner';
import type { PoolNodeArgument } from '../../core/treeNodeArgs';
import { ErrorNode, MessageNode, treeItemFromDisplay, type ExplorerNode } from './explorerNode';
import { poolDisplay, runtimeViewLines } from './treeItemMapping';

/** A standby pool; expanding it loads its live status from `runtimeViews/latest`. */
export class PoolNode implements ExplorerNode, PoolNodeArgument {
	readonly kind = 'pool';
	readonly id: string;

	constructor(
		private readonly session: AzureSession,
		readonly pool: StandbyVirtualMachinePool,
		readonly scaleSet: ScaleSetSummary | undefined,
		private readonly refresh: (node: ExplorerNode) => void,
	) {
		this.id = `pool:${pool.id.toLowerCase()}`;
	}

	getTreeItem(): vscode.TreeItem {
		return treeItemFromDisplay(this.id, poolDisplay(this.pool, this.scaleSet), vscode.TreeItemCollapsibleState.Collapsed);
	}

	async getChildren(): Promise<ExplorerNode[]> {
		try {
			const view = await this.session.pools.getRuntimeView(this.pool.id);
			const lines = runtimeViewLines(view);
			if (lines.length === 0) {
				return [new MessageNode(`${this.id}/status/empty`, vscode.l10n.t('No status reported yet'))];
			}
			return lines.map((line, index) => new MessageNode(`${this.id}/status/${index}`, line.label, line.icon, line.description));
		} catch (error) {
			return [new ErrorNode(`${this.id}/error`, describeError(error), () => this.refresh(this))];
		}
	}
}
