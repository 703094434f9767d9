/**
 * Which Azure cloud the `azure` connection talks to, from VS Code's own sovereign-cloud settings
 * (`microsoft-sovereign-cloud.environment` and `.customEnvironment`), read from user settings only.
 * Pure: the settings come in as values, so unit tests run in Node.
 */
export interface CloudEnvironment {
	readonly name: string;
	/** `microsoft` for the public cloud, `microsoft-sovereign-cloud` for the others. */
	readonly authenticationProviderId: 'microsoft' | 'microsoft-sovereign-cloud';
	readonly resourceManager: string;
	readonly portal: string;
	readonly graph: string;
}

export const publicCloud: CloudEnvironment = {
	name: 'AzureCloud',
	authenticationProviderId: 'microsoft',
	resourceManager: 'https://management.azure.com',
	portal: 'https://portal.azure.com',
	graph: 'https://graph.microsoft.com',
};

const knownSovereignClouds: Record<string, Omit<CloudEnvironment, 'authenticationProviderId'>> = {
	chinacloud: {
		name: 'AzureChinaCloud',
		resourceManager: 'https://management.chinacloudapi.cn',
		portal: 'https://portal.azure.cn',
		graph: 'https://microsoftgraph.chinacloudapi.cn',
	},
	usgovernment: {
		name: 'AzureUSGovernment',
		resourceManager: 'https://management.usgovcloudapi.net',
		portal: 'https://portal.azure.us',
		graph: 'https://graph.microsoft.us',
	},
};

/** An https origin, or undefined: a custom cloud may not send tokens over plain http or to a path. */
function httpsOrigin(value: unknown): string | undefined {
	if (typeof value !== 'string') {
		return undefined;
	}
	try {
		const url = new URL(value);
		return url.protocol === 'https:' ? url.origin : undefined;
	} catch {
		return undefined;
	}
}

export function cloudFromSettings(environment: unknown, customEnvironment: unknown): CloudEnvironment {
	if (typeof environment !== 'string' || environment.length === 0) {
		return publicCloud;
	}
	const known = knownSovereignClouds[environment.toLowerCase()];
	if (known) {
		return { ...known, authenticationProviderId: 'microsoft-sovereign-cloud' };
	}
	if (environment.toLowerCase() === 'custom' && typeof customEnvironment === 'object' && customEnvironment !== null) {
		const custom = customEnvironment as Record<string, unknown>;
		const resourceManager = httpsOrigin(custom['resourceManagerEndpointUrl']);
		if (resourceManager) {
			return {
				name: typeof custom['name'] === 'string' ? custom['name'] : 'Custom cloud',
				authenticationProviderId: 'microsoft-sovereign-cloud',
				resourceManager,
				portal: httpsOrigin(custom['portalUrl']) ?? resourceManager,
				graph: httpsOrigin(custom['microsoftGraphResourceId']) ?? 'https://graph.microsoft.com',
			};
		}
	}
	return publicCloud;
}
