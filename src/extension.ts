import * as vscode from 'vscode';
import { createLogChannel, getLogger } from './core/log';
import { ResourceChanges } from './core/resourceChanges';

/**
 * Activation registers contributions only; Azure SDK modules load on first use.
 * Each feature gets what it needs from core and nothing from other features.
 */
export function activate(context: vscode.ExtensionContext): void {
	context.subscriptions.push(createLogChannel());
	const changes = new ResourceChanges();
	context.subscriptions.push(changes);

	getLogger('extension').info(`Standby Pools ${String(context.extension.packageJSON.version)} activated`);
}

export function deactivate(): void {
	// Everything is disposed through context.subscriptions.
}
