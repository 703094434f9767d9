/**
 * The Azure SDK side of the extension. esbuild bundles this file on its own (dist/azureClients.js) and the
 * main bundle loads it on first use, so activation never pays for parsing the SDK.
 */
import type { DirectoryApi, ProviderApi, RoleAssignmentApi } from './accessModels';
import type { ArmEndpoint } from './armClientOptions';
import { GraphClient, type GraphEndpoint } from './graphClient';
import { ProviderClient } from './providerClient';
import { RoleAssignmentClient } from './roleAssignmentClient';
import { ScaleSetClient } from './scaleSetClient';
import type { ScaleSetApi, StandbyPoolApi, SubscriptionApi } from './standbyPoolApi';
import { StandbyPoolClient } from './standbyPoolClient';
import { SubscriptionClient } from './subscriptionClient';

/** This bundle keeps its own copy of the localisation module: the session manager hands it the strings. */
export { setLocalizedStrings } from '../localize';

export interface AzureClients {
	readonly subscriptions: SubscriptionApi;
	readonly scaleSets: ScaleSetApi;
	readonly pools: StandbyPoolApi;
	readonly providers: ProviderApi;
	readonly roleAssignments: RoleAssignmentApi;
	readonly directory: DirectoryApi;
}

/**
 * `graph` is Microsoft Graph's own endpoint and credential: a Graph token never goes to ARM, nor the reverse.
 * `standbyPoolApiVersion` is the Microsoft.StandbyPool api-version to send (the newest when absent).
 */
export function createAzureClients(
	endpoint: ArmEndpoint,
	graph: GraphEndpoint,
	standbyPoolApiVersion?: string,
): AzureClients {
	return {
		subscriptions: new SubscriptionClient(endpoint),
		scaleSets: new ScaleSetClient(endpoint),
		pools: new StandbyPoolClient(endpoint, standbyPoolApiVersion),
		providers: new ProviderClient(endpoint),
		roleAssignments: new RoleAssignmentClient(endpoint),
		directory: new GraphClient(graph),
	};
}
