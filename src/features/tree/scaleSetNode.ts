import * as vscode from 'vscode';
import type { ScaleSetSummary } from '../../core/azure/scaleSetModels';
import type { StandbyVirtualMachinePool } from '../../core/azure/standbyPoolModels';
import type { ScaleSetNodeArgument } from '../../core/treeNodeArgs';
import { treeItemFromDisplay, type ExplorerNode } from './explorerNode';
import type { PoolNode } from './poolNode';
import { scaleSetDisplay } from './treeItemMapping';

/** A scale set; its child is the standby pool attached to it, if any. */
export class ScaleSetNode implements ExplorerNode, ScaleSetNodeArgument {
	readonly kind = 'scaleSet';
	readonly id: string;
	readonly pool: StandbyVirtualMachinePool | undefined;

	constructor(
		readonly scaleSet: ScaleSetSummary,
		private readonly poolNode: PoolNode | undefined,
	) {
		this.id = `scaleSet:${scaleSet.id.toLowerCase()}`;
		this.pool = poolNode?.pool;
	}

	getTreeItem(): vscode.TreeItem {
		return treeItemFromDisplay(
			this.id,
			scaleSetDisplay(this.scaleSet, this.pool),
			this.poolNode ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
		);
	}

	async getChildren(): Promise<ExplorerNode[]> {
		return this.poolNode ? [this.poolNode] : [];
	}
}
