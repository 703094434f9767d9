import * as vscode from 'vscode';
import type { ArmEndpoint } from './armClientOptions';
import { refreshableCredential, type RefreshableCredential } from './refreshableCredential';
import type { GraphEndpoint } from './graphClient';
import { publicCloud, type CloudEnvironment } from './cloudEnvironment';

export const graphScope = `${publicCloud.graph}/.default`;

function graphScopeOf(cloud: CloudEnvironment): string {
	return `${cloud.graph}/.default`;
}

/**
 * A credential for Microsoft Graph from VS Code's Microsoft authentication provider. It never prompts: a
 * check that runs by itself must not open a sign-in dialog; `requestConsent` does that when the user asked.
 */
function graphCredential(cloud: CloudEnvironment): RefreshableCredential {
	return refreshableCredential(async () => {
		const session = await vscode.authentication.getSession(cloud.authenticationProviderId, [graphScopeOf(cloud)], {
			silent: true,
		});
		return session?.accessToken;
	});
}

async function requestGraphConsent(cloud: CloudEnvironment): Promise<boolean> {
	const session = await vscode.authentication.getSession(cloud.authenticationProviderId, [graphScopeOf(cloud)], {
		createIfNone: true,
	});
	return session !== undefined;
}

/**
 * Where Graph requests go. For Azure: graph.microsoft.com with a Graph token, which never reaches ARM. For the
 * emulator: the emulator itself, with its fixed test token, exactly like its ARM requests.
 */
export function graphEndpointFor(arm: ArmEndpoint, cloud: CloudEnvironment | undefined): GraphEndpoint {
	if (!cloud) {
		return arm;
	}
	return {
		url: cloud.graph,
		credential: graphCredential(cloud),
		scope: graphScopeOf(cloud),
		timeoutMs: arm.timeoutMs,
		requestConsent: () => requestGraphConsent(cloud),
	};
}
