import * as vscode from 'vscode';
import type { AzureSession, TenantSummary } from '../../core/azure/standbyPoolApi';
import { describeError } from '../../core/commandRunner';
import { ErrorNode, MessageNode, type ExplorerNode } from './explorerNode';

/**
 * A directory (tenant) of the signed-in account. Its subscriptions load with a token for that tenant, so a
 * tenant that needs its own sign-in shows a sign-in node without hiding the others.
 */
export class TenantNode implements ExplorerNode {
	readonly id: string;

	constructor(
		readonly tenant: TenantSummary,
		private readonly loadSession: (tenantId: string) => Promise<AzureSession | undefined>,
		private readonly subscriptionsOf: (session: AzureSession, tenantId: string) => Promise<ExplorerNode[]>,
		private readonly refresh: (node: ExplorerNode) => void,
	) {
		this.id = `tenant:${tenant.tenantId}`;
	}

	getTreeItem(): vscode.TreeItem {
		const item = new vscode.TreeItem(this.tenant.displayName, vscode.TreeItemCollapsibleState.Expanded);
		item.id = this.id;
		item.description = this.tenant.defaultDomain ?? this.tenant.tenantId;
		item.tooltip = `${this.tenant.displayName}\n${this.tenant.tenantId}`;
		item.contextValue = 'tenant';
		item.iconPath = new vscode.ThemeIcon('organization');
		return item;
	}

	async getChildren(): Promise<ExplorerNode[]> {
		let session: AzureSession | undefined;
		try {
			session = await this.loadSession(this.tenant.tenantId);
		} catch (error) {
			return [new ErrorNode(`${this.id}/error`, describeError(error), () => this.refresh(this))];
		}
		if (!session) {
			const node = new MessageNode(`${this.id}/signIn`, vscode.l10n.t('Sign in to this directory'), 'sign-in');
			return [withCommand(node, this.tenant.tenantId)];
		}
		try {
			return await this.subscriptionsOf(session, this.tenant.tenantId);
		} catch (error) {
			return [new ErrorNode(`${this.id}/error`, describeError(error), () => this.refresh(this))];
		}
	}
}

/** A message node that runs Sign In for one tenant when clicked. */
function withCommand(node: MessageNode, tenantId: string): ExplorerNode {
	return {
		id: node.id,
		getTreeItem: () => {
			const item = node.getTreeItem();
			item.command = { command: 'standbyPools.signIn', title: vscode.l10n.t('Sign In'), arguments: [tenantId] };
			return item;
		},
	};
}
