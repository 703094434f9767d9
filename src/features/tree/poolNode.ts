import * as vscode from 'vscode';
import type { AzureSession } from '../../core/azure/standbyPoolApi';
import type { ScaleSetSummary } from '../../core/azure/scaleSetModels';
import type { StandbyVirtualMachinePool } from '../../core/azure/standbyPoolModels';
import { describeError } from '../../core/commandRunner';
import type { PoolNodeArgument } from '../../core/treeNodeArgs';
import { ErrorNode, MessageNode, treeItemFromDisplay, type ExplorerNode } from './explorerNode';
import { poolDisplay, runtimeViewLines, type StatusLine } from './treeItemMapping';

/**
 * A pool's health line when it is not healthy. Missing prerequisites are the usual cause, so a click runs the
 * prerequisites check, a command the tree knows by its id only.
 */
class DegradedHealthNode extends MessageNode {
	constructor(
		id: string,
		private readonly line: StatusLine,
		private readonly poolArgument: PoolNodeArgument,
	) {
		super(id, line.label, line.icon, line.description);
	}

	override getTreeItem(): vscode.TreeItem {
		const item = super.getTreeItem();
		item.tooltip = vscode.l10n.t(
			'{0}\nSelect to check the prerequisites: the resource provider registration and the roles of the Standby Pool service.',
			this.line.description,
		);
		item.command = {
			command: 'standbyPools.checkPrerequisites',
			title: vscode.l10n.t('Check Prerequisites'),
			arguments: [this.poolArgument],
		};
		return item;
	}
}

/** The pooled VMs of a pool, loaded when expanded. */
class StandbyVirtualMachinesNode implements ExplorerNode {
	readonly id: string;

	constructor(
		private readonly session: AzureSession,
		private readonly poolId: string,
		parentId: string,
		private readonly refresh: (node: ExplorerNode) => void,
	) {
		this.id = `${parentId}/vms`;
	}

	getTreeItem(): vscode.TreeItem {
		const item = new vscode.TreeItem(vscode.l10n.t('Standby VMs'), vscode.TreeItemCollapsibleState.Collapsed);
		item.id = this.id;
		item.iconPath = new vscode.ThemeIcon('vm');
		return item;
	}

	async getChildren(): Promise<ExplorerNode[]> {
		try {
			const machines = await this.session.pools.listStandbyVirtualMachines(this.poolId);
			if (machines.length === 0) {
				return [new MessageNode(`${this.id}/empty`, vscode.l10n.t('No standby VMs yet'))];
			}
			return machines.map((machine) => {
				const vmId = machine.properties?.virtualMachineResourceId ?? machine.id;
				return new MessageNode(
					`${this.id}/${machine.name}`,
					vmId.split('/').pop() ?? machine.name,
					'vm',
					String(machine.properties?.provisioningState ?? ''),
				);
			});
		} catch (error) {
			return [new ErrorNode(`${this.id}/error`, describeError(error), () => this.refresh(this))];
		}
	}
}

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
		return treeItemFromDisplay(
			this.id,
			poolDisplay(this.pool, this.scaleSet),
			vscode.TreeItemCollapsibleState.Collapsed,
		);
	}

	async getChildren(): Promise<ExplorerNode[]> {
		try {
			const view = await this.session.pools.getRuntimeView(this.pool.id);
			const lines = runtimeViewLines(view);
			const children: ExplorerNode[] = lines.map((line, index) =>
				line.degraded
					? new DegradedHealthNode(`${this.id}/status/${index}`, line, this)
					: new MessageNode(`${this.id}/status/${index}`, line.label, line.icon, line.description),
			);
			if (lines.length === 0) {
				children.push(new MessageNode(`${this.id}/status/empty`, vscode.l10n.t('No status reported yet')));
			}
			children.push(new StandbyVirtualMachinesNode(this.session, this.pool.id, this.id, this.refresh));
			return children;
		} catch (error) {
			return [new ErrorNode(`${this.id}/error`, describeError(error), () => this.refresh(this))];
		}
	}
}
