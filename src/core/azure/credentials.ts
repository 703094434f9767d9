import * as vscode from 'vscode';
import type { AccessToken, TokenCredential } from '@azure/core-auth';

/** The fixed token the local emulator accepts. It is not a secret and grants nothing in Azure. */
export const emulatorToken = 'emulator-test-token';

export function emulatorCredential(): TokenCredential {
	return {
		getToken: async (): Promise<AccessToken> => ({ token: emulatorToken, expiresOnTimestamp: Date.now() + 3_600_000 }),
	};
}

export const armScope = 'https://management.azure.com/.default';

/**
 * A credential backed by VS Code's built-in Microsoft authentication provider. VS Code caches and
 * refreshes the session; the expiry given to the SDK is short so that it asks again often.
 */
export function vscodeMicrosoftCredential(tenantId?: string): TokenCredential {
	return {
		getToken: async (): Promise<AccessToken | null> => {
			const scopes = tenantId ? [armScope, `VSCODE_TENANT:${tenantId}`] : [armScope];
			const session = await vscode.authentication.getSession('microsoft', scopes, { silent: true });
			if (!session) {
				return null;
			}
			return { token: session.accessToken, expiresOnTimestamp: Date.now() + 5 * 60_000 };
		},
	};
}

export async function hasMicrosoftSession(): Promise<boolean> {
	const session = await vscode.authentication.getSession('microsoft', [armScope], { silent: true });
	return session !== undefined;
}

export async function signInToMicrosoft(): Promise<boolean> {
	const session = await vscode.authentication.getSession('microsoft', [armScope], { createIfNone: true });
	return session !== undefined;
}
