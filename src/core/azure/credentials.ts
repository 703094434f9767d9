import * as vscode from 'vscode';
import { cloudFromSettings, type CloudEnvironment } from './cloudEnvironment';
import { refreshableCredential, type RefreshableCredential } from './refreshableCredential';

export const sovereignCloudSection = 'microsoft-sovereign-cloud';

/** The cloud chosen in VS Code's sovereign-cloud settings; user settings only, never a workspace's. */
export function readCloudEnvironment(): CloudEnvironment {
	const configuration = vscode.workspace.getConfiguration(sovereignCloudSection);
	return cloudFromSettings(
		configuration.inspect('environment')?.globalValue,
		configuration.inspect('customEnvironment')?.globalValue,
	);
}

export function resourceManagerScope(cloud: CloudEnvironment): string {
	return `${cloud.resourceManager}/.default`;
}

function scopesFor(cloud: CloudEnvironment, tenantId: string | undefined): string[] {
	const scopes = [resourceManagerScope(cloud)];
	if (tenantId) {
		scopes.push(`VSCODE_TENANT:${tenantId}`);
	}
	return scopes;
}

/**
 * A credential backed by VS Code's built-in Microsoft (or sovereign-cloud) authentication provider, which
 * refreshes expired tokens. It never prompts; signing in is a separate, explicit step.
 */
export function vscodeMicrosoftCredential(cloud: CloudEnvironment, tenantId?: string): RefreshableCredential {
	return refreshableCredential(async () => {
		const session = await vscode.authentication.getSession(cloud.authenticationProviderId, scopesFor(cloud, tenantId), {
			silent: true,
		});
		return session?.accessToken;
	});
}

export async function hasMicrosoftSession(cloud: CloudEnvironment, tenantId?: string): Promise<boolean> {
	const session = await vscode.authentication.getSession(cloud.authenticationProviderId, scopesFor(cloud, tenantId), {
		silent: true,
	});
	return session !== undefined;
}

export async function signInToMicrosoft(cloud: CloudEnvironment, tenantId?: string): Promise<boolean> {
	const session = await vscode.authentication.getSession(cloud.authenticationProviderId, scopesFor(cloud, tenantId), {
		createIfNone: true,
	});
	return session !== undefined;
}
