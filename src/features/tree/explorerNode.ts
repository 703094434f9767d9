import * as vscode from 'vscode';
import type { NodeDisplay } from './treeItemMapping';

/** A node of the Standby Pools tree. */
export interface ExplorerNode {
	/** Stable across refreshes, so VS Code keeps expansion and selection. */
	readonly id: string;
	getTreeItem(): vscode.TreeItem;
	getChildren?(): Promise<ExplorerNode[]>;
}

export function treeItemFromDisplay(
	id: string,
	display: NodeDisplay,
	collapsible: vscode.TreeItemCollapsibleState,
): vscode.TreeItem {
	const item = new vscode.TreeItem(display.label, collapsible);
	item.id = id;
	item.description = display.description;
	item.tooltip = new vscode.MarkdownString(undefined, false);
	item.tooltip.appendText(display.tooltip);
	item.contextValue = display.contextValue;
	item.iconPath = new vscode.ThemeIcon(
		display.icon,
		display.iconColor ? new vscode.ThemeColor(display.iconColor) : undefined,
	);
	return item;
}

/** A leaf that shows a message, e.g. "No scale sets". */
export class MessageNode implements ExplorerNode {
	constructor(
		readonly id: string,
		private readonly label: string,
		private readonly icon = 'info',
		private readonly description = '',
	) {}

	getTreeItem(): vscode.TreeItem {
		const item = new vscode.TreeItem(this.label, vscode.TreeItemCollapsibleState.None);
		item.id = this.id;
		item.description = this.description;
		item.iconPath = new vscode.ThemeIcon(this.icon);
		return item;
	}
}

/** Shown where something failed to load; Retry reloads just that part of the tree. */
export class ErrorNode implements ExplorerNode {
	constructor(
		readonly id: string,
		private readonly message: string,
		readonly retry: () => void,
	) {}

	getTreeItem(): vscode.TreeItem {
		const item = new vscode.TreeItem(vscode.l10n.t('Failed to load'), vscode.TreeItemCollapsibleState.None);
		item.id = this.id;
		item.description = this.message;
		item.tooltip = this.message;
		item.contextValue = 'error';
		item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
		item.command = { command: 'standbyPools.retry', title: vscode.l10n.t('Retry'), arguments: [this] };
		return item;
	}
}
