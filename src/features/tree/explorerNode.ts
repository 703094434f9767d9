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
export interface ErrorNodeOptions {
	/** Replaces "Failed to load". */
	readonly label?: string;
	/** The failure is a missing resource provider registration: clicking opens Check Prerequisites. */
	readonly checkPrerequisites?: boolean;
	readonly subscriptionId?: string;
	readonly subscriptionName?: string;
}

export class ErrorNode implements ExplorerNode {
	/** The subscription a Check Prerequisites from this node is about (the command reads it as a node). */
	readonly subscription: { subscriptionId: string; displayName: string } | undefined;

	constructor(
		readonly id: string,
		private readonly message: string,
		readonly retry: () => void,
		private readonly options: ErrorNodeOptions = {},
	) {
		this.subscription = options.subscriptionId
			? { subscriptionId: options.subscriptionId, displayName: options.subscriptionName ?? options.subscriptionId }
			: undefined;
	}

	getTreeItem(): vscode.TreeItem {
		const label = this.options.label ?? vscode.l10n.t('Failed to load');
		const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
		item.id = this.id;
		item.description = this.message;
		item.tooltip = this.options.checkPrerequisites
			? vscode.l10n.t('{0}\nClick to check the prerequisites and register the resource provider.', this.message)
			: this.message;
		item.contextValue = this.options.checkPrerequisites ? 'error;prerequisites' : 'error';
		item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
		item.command = this.options.checkPrerequisites
			? { command: 'standbyPools.checkPrerequisites', title: vscode.l10n.t('Check Prerequisites'), arguments: [this] }
			: { command: 'standbyPools.retry', title: vscode.l10n.t('Retry'), arguments: [this] };
		return item;
	}
}
