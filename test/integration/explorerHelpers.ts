import * as vscode from 'vscode';
import { activateExtension } from './testEnvironment';

/** The part of a tree node the tests read: what VS Code would render, and the node's children. */
export interface TestNode {
	readonly id: string;
	getTreeItem(): vscode.TreeItem;
	getChildren?(): Promise<TestNode[]>;
}

export interface TestExplorer {
	getChildren(node?: TestNode): Promise<TestNode[]>;
	readonly onDidChangeTreeData: vscode.Event<TestNode | undefined>;
	refresh(node?: TestNode): void;
}

export async function explorer(): Promise<TestExplorer> {
	const extension = await activateExtension();
	return (extension.exports as { explorer: TestExplorer }).explorer;
}

export function labelOf(node: TestNode): string {
	const label = node.getTreeItem().label;
	return typeof label === 'string' ? label : (label?.label ?? '');
}

export function descriptionOf(node: TestNode): string {
	const description = node.getTreeItem().description;
	return typeof description === 'string' ? description : '';
}

/** Finds a child by its label, or fails naming the labels that were there. */
export async function child(tree: TestExplorer, parent: TestNode | undefined, label: string): Promise<TestNode> {
	const children = await tree.getChildren(parent);
	const found = children.find((node) => labelOf(node) === label);
	if (!found) {
		throw new Error(
			`No "${label}" under ${parent ? labelOf(parent) : 'the root'}; found: ${children.map(labelOf).join(', ')}`,
		);
	}
	return found;
}

/** Resolves when the tree announces its next change. */
export function nextTreeChange(tree: TestExplorer, timeoutMs = 10_000): Promise<void> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			subscription.dispose();
			reject(new Error(`The tree did not refresh within ${timeoutMs} ms`));
		}, timeoutMs);
		const subscription = tree.onDidChangeTreeData(() => {
			clearTimeout(timer);
			subscription.dispose();
			resolve();
		});
	});
}

/** Replaces a `vscode.window` function for one test, e.g. to answer a modal confirmation. */
export function stubWindow<K extends keyof typeof vscode.window>(name: K, replacement: unknown): vscode.Disposable {
	const window = vscode.window as unknown as Record<string, unknown>;
	const original = window[name];
	window[name] = replacement;
	return new vscode.Disposable(() => {
		window[name] = original;
	});
}
