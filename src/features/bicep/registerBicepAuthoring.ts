import * as vscode from 'vscode';
import type { AzureSessions } from '../../core/azure/azureSessions';
import { getLogger } from '../../core/log';
import type { AzureChoices } from './azureChoices';
import { BackgroundCache } from './backgroundCache';
import { registerExportPoolCommands } from './exportPoolCommands';
import { loadAzureChoices } from './loadAzureChoices';
import { allSnippets, armSnippets, bicepSnippets } from './snippetCatalog';
import { SnippetTemplateStore } from './snippetTemplateStore';
import { StandbyPoolCompletionProvider } from './standbyPoolCompletionProvider';

const log = getLogger('bicep');

/**
 * Scale sets change rarely while someone writes a template; a new one shows up within this time.
 * TODO: also forget the choices when the extension itself creates or deletes something, which needs the
 * shared change events in this feature's dependencies; a reconnect forgets them already.
 */
const choicesTtlMs = 5 * 60_000;
const retryAfterFailureMs = 30_000;

/** Bicep files, with or without the Bicep extension (which contributes the same language id). */
const bicepSelector: vscode.DocumentSelector = [{ language: 'bicep' }, { pattern: '**/*.bicep' }];

/** ARM templates are JSON; the provider itself checks `$schema`. `arm-template` is the ARM Tools extension's id. */
const armSelector: vscode.DocumentSelector = [
	{ language: 'json' },
	{ language: 'jsonc' },
	{ language: 'arm-template' },
];

/** Snippets and value completion for Bicep and ARM templates, and the export commands. */
export function registerBicepAuthoring(context: vscode.ExtensionContext, deps: { sessions: AzureSessions }): void {
	const templates = new SnippetTemplateStore(context.extensionUri, allSnippets);
	const choices = new BackgroundCache<AzureChoices>(
		(signal) =>
			loadAzureChoices(deps.sessions, signal, (subscriptionId, error) =>
				log.debug(`Scale sets of subscription ${subscriptionId} are not offered in snippets: ${String(error)}`),
			),
		{
			ttlMs: choicesTtlMs,
			retryAfterFailureMs,
			onError: (error) => log.warn(`Could not look up scale sets for snippets: ${String(error)}`),
		},
	);

	context.subscriptions.push(
		choices,
		deps.sessions.onDidChangeSession(() => choices.invalidate()),
		vscode.languages.registerCompletionItemProvider(
			bicepSelector,
			new StandbyPoolCompletionProvider('bicep', bicepSnippets, templates, choices),
		),
		vscode.languages.registerCompletionItemProvider(
			armSelector,
			new StandbyPoolCompletionProvider('arm', armSnippets, templates, choices),
		),
	);
	registerExportPoolCommands(context);

	// Reading the templates now keeps the first completion from waiting on the file system.
	templates.load().catch(() => undefined);
}
