import type * as vscode from 'vscode';
import type { AzureSession } from './standbyPoolApi';

/** Gives out the current Azure (or emulator) session and says when it changes. */
export interface AzureSessions {
	/**
	 * The session for the configured connection. With `signIn`, prompts the user to sign in
	 * when needed; otherwise returns undefined when not signed in.
	 */
	getSession(options?: { signIn?: boolean }): Promise<AzureSession | undefined>;
	readonly onDidChangeSession: vscode.Event<void>;
}
