import * as vscode from 'vscode';
import { createLogChannel, getLogger } from './core/log';
import { setLocalizedStrings } from './core/localize';
import { ResourceChanges } from './core/resourceChanges';
import { AzureSessionManager } from './core/azure/azureSessionManager';
import { registerBicepAuthoring } from './features/bicep/registerBicepAuthoring';
import { registerConnectionCommands } from './features/connection/registerConnectionCommands';
import { registerDiagnostics } from './features/diagnostics/registerDiagnostics';
import { registerLocalEmulator } from './features/localEmulator/registerLocalEmulator';
import { registerPoolCommands } from './features/poolCommands/registerPoolCommands';
import { registerPoolForm } from './features/poolForm/registerPoolForm';
import { registerPrerequisites } from './features/prerequisites/registerPrerequisites';
import { registerTree } from './features/tree/registerTree';
import type { ExplorerTreeProvider } from './features/tree/explorerTreeProvider';

/** What the extension returns from activate: used by its own integration tests to read the tree. */
export interface StandbyPoolsExports {
	readonly explorer: ExplorerTreeProvider;
}

/**
 * Activation registers contributions only; Azure SDK modules load on first use.
 * Each feature gets what it needs from core and nothing from other features.
 */
export function activate(context: vscode.ExtensionContext): StandbyPoolsExports {
	const started = performance.now();
	context.subscriptions.push(createLogChannel(vscode.window));
	setLocalizedStrings(vscode.l10n.bundle);
	const changes = new ResourceChanges();
	const sessions = new AzureSessionManager(context.globalState);
	context.subscriptions.push(changes, sessions);

	const explorer = registerTree(context, { sessions, changes });
	registerPoolCommands(context, { sessions, changes });
	registerPoolForm(context, { sessions, changes });
	registerPrerequisites(context, { sessions, changes });
	registerConnectionCommands(context, { sessions });
	registerBicepAuthoring(context, { sessions });
	registerLocalEmulator(context);
	registerDiagnostics(context);

	const version = String(context.extension.packageJSON.version);
	getLogger('extension').info(`Standby Pools ${version} activated in ${Math.round(performance.now() - started)} ms`);
	return { explorer };
}

export function deactivate(): void {
	// Everything is disposed through context.subscriptions.
}
