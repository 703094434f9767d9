import * as vscode from 'vscode';
import { AzureRequestError } from './azure/azureRequestError';
import { getLogger, showLog } from './log';

const log = getLogger('command');

/** Raised when the user backs out of a prompt: never shown as an error. */
export class UserCancelledError extends Error {
	constructor() {
		super('Cancelled by the user.');
		this.name = 'UserCancelledError';
	}
}

function isCancellation(error: unknown): boolean {
	return (
		error instanceof UserCancelledError ||
		error instanceof vscode.CancellationError ||
		(error instanceof Error && error.name === 'AbortError')
	);
}

/** One short sentence for a user, from any error. */
export function describeError(error: unknown): string {
	if (error instanceof AzureRequestError) {
		return error.code ? `${error.message} (${error.code})` : error.message;
	}
	if (error instanceof Error) {
		return error.message;
	}
	return String(error);
}

/**
 * The one error boundary of the extension: every command runs through it. Cancellation is silent,
 * failures become one short message with actions, and the detail goes to the log.
 */
export async function runWithErrorHandling<T>(
	operation: string,
	action: () => Promise<T>,
	retry?: () => unknown,
): Promise<T | undefined> {
	const started = Date.now();
	try {
		const result = await action();
		log.debug(`${operation} finished in ${Date.now() - started} ms`);
		return result;
	} catch (error) {
		if (isCancellation(error)) {
			log.debug(`${operation} cancelled`);
			return undefined;
		}
		log.error(`${operation} failed after ${Date.now() - started} ms: ${describeError(error)}`);
		if (error instanceof Error && !(error instanceof AzureRequestError) && error.stack) {
			log.debug(error.stack);
		}
		void reportError(operation, error, retry);
		return undefined;
	}
}

async function reportError(operation: string, error: unknown, retry?: () => unknown): Promise<void> {
	const retryLabel = vscode.l10n.t('Retry');
	const showLogLabel = vscode.l10n.t('Show Log');
	// Retry helps with Azure's failures (throttling, outages, timeouts); a mistake in how the command was run
	// would only fail again.
	const actions = retry && error instanceof AzureRequestError ? [retryLabel, showLogLabel] : [showLogLabel];
	const choice = await vscode.window.showErrorMessage(
		vscode.l10n.t('{0} failed: {1}', operation, describeError(error)),
		...actions,
	);
	if (choice === retryLabel && retry) {
		void retry();
	} else if (choice === showLogLabel) {
		showLog();
	}
}

/**
 * Registers a command whose failures go through the error boundary. Retry runs the command again with the
 * same arguments, so a command that asks for confirmation asks again.
 */
export function registerCommand(
	context: vscode.ExtensionContext,
	id: string,
	operation: string,
	handler: (...args: any[]) => unknown,
): void {
	context.subscriptions.push(
		vscode.commands.registerCommand(id, (...args: unknown[]) =>
			runWithErrorHandling(
				operation,
				async () => handler(...args),
				() => vscode.commands.executeCommand(id, ...args),
			),
		),
	);
}
