import type * as vscode from 'vscode';
import type { AzureSession } from './standbyPoolApi';

/** Gives out the current Azure (or emulator) session and says when it changes. */
export interface AzureSessions {
	/**
	 * The session for the configured connection. With `signIn`, prompts the user to sign in
	 * when needed; otherwise returns undefined when not signed in.
	 */
	getSession(options?: { signIn?: boolean; tenantId?: string }): Promise<AzureSession | undefined>;
	/** The tenant chosen with "Select Tenant", or undefined for every tenant of the account. */
	readonly selectedTenantId: string | undefined;
	selectTenant(tenantId: string | undefined): Promise<void>;
	readonly onDidChangeSession: vscode.Event<void>;
}
