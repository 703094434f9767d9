import * as vscode from 'vscode';
import { refreshableCredential, type RefreshableCredential } from './refreshableCredential';

export const armScope = 'https://management.azure.com/.default';

/** A credential backed by VS Code's built-in Microsoft authentication provider, which refreshes expired tokens. */
export function vscodeMicrosoftCredential(tenantId?: string): RefreshableCredential {
	return refreshableCredential(async () => {
		const scopes = tenantId ? [armScope, `VSCODE_TENANT:${tenantId}`] : [armScope];
		const session = await vscode.authentication.getSession('microsoft', scopes, { silent: true });
		return session?.accessToken;
	});
}

export async function hasMicrosoftSession(): Promise<boolean> {
	const session = await vscode.authentication.getSession('microsoft', [armScope], { silent: true });
	return session !== undefined;
}

export async function signInToMicrosoft(): Promise<boolean> {
	const session = await vscode.authentication.getSession('microsoft', [armScope], { createIfNone: true });
	return session !== undefined;
}
