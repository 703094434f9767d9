import * as vscode from 'vscode';
import type { ArmEndpoint } from './armClientOptions';
import { refreshableCredential, type RefreshableCredential } from './refreshableCredential';
import type { GraphEndpoint } from './graphClient';

const microsoftGraph = 'https://graph.microsoft.com';
export const graphScope = `${microsoftGraph}/.default`;

/**
 * A credential for Microsoft Graph from VS Code's Microsoft authentication provider. It never prompts: a
 * check that runs by itself must not open a sign-in dialog; `requestConsent` does that when the user asked.
 */
function graphCredential(): RefreshableCredential {
	return refreshableCredential(async () => {
		const session = await vscode.authentication.getSession('microsoft', [graphScope], { silent: true });
		return session?.accessToken;
	});
}

async function requestGraphConsent(): Promise<boolean> {
	const session = await vscode.authentication.getSession('microsoft', [graphScope], { createIfNone: true });
	return session !== undefined;
}

/**
 * Where Graph requests go. For Azure: graph.microsoft.com with a Graph token, which never reaches ARM. For the
 * emulator: the emulator itself, with its fixed test token, exactly like its ARM requests.
 */
export function graphEndpointFor(arm: ArmEndpoint, kind: 'azure' | 'emulator'): GraphEndpoint {
	if (kind === 'emulator') {
		return arm;
	}
	return {
		url: microsoftGraph,
		credential: graphCredential(),
		scope: graphScope,
		timeoutMs: arm.timeoutMs,
		requestConsent: requestGraphConsent,
	};
}
