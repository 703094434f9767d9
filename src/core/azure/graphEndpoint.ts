import * as vscode from 'vscode';
import type { ArmEndpoint } from './armClientOptions';
import { refreshableCredential, type RefreshableCredential } from './refreshableCredential';
import type { GraphEndpoint } from './graphClient';
import type { CloudEnvironment } from './cloudEnvironment';

function graphScopeOf(cloud: CloudEnvironment): string {
	return `${cloud.graph}/.default`;
}

/** Graph's scope, in the directory the session's subscriptions belong to when it is not the home one. */
function graphScopes(cloud: CloudEnvironment, tenantId: string | undefined): string[] {
	return tenantId ? [graphScopeOf(cloud), `VSCODE_TENANT:${tenantId}`] : [graphScopeOf(cloud)];
}

/**
 * A credential for Microsoft Graph from VS Code's Microsoft authentication provider. It never prompts: a
 * check that runs by itself must not open a sign-in dialog; `requestConsent` does that when the user asked.
 */
function graphCredential(cloud: CloudEnvironment, tenantId: string | undefined): RefreshableCredential {
	return refreshableCredential(async () => {
		const session = await vscode.authentication.getSession(
			cloud.authenticationProviderId,
			graphScopes(cloud, tenantId),
			{
				silent: true,
			},
		);
		return session?.accessToken;
	});
}

async function requestGraphConsent(cloud: CloudEnvironment, tenantId: string | undefined): Promise<boolean> {
	const session = await vscode.authentication.getSession(cloud.authenticationProviderId, graphScopes(cloud, tenantId), {
		createIfNone: true,
	});
	return session !== undefined;
}

/**
 * Where Graph requests go. For Azure: graph.microsoft.com with a Graph token, which never reaches ARM. For the
 * emulator: the emulator itself, with its fixed test token, exactly like its ARM requests.
 */
export function graphEndpointFor(
	arm: ArmEndpoint,
	cloud: CloudEnvironment | undefined,
	tenantId?: string,
): GraphEndpoint {
	if (!cloud) {
		return arm;
	}
	return {
		url: cloud.graph,
		credential: graphCredential(cloud, tenantId),
		scope: graphScopeOf(cloud),
		timeoutMs: arm.timeoutMs,
		requestConsent: () => requestGraphConsent(cloud, tenantId),
	};
}
