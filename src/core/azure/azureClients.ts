/**
 * The Azure SDK side of the extension. esbuild bundles this file on its own (dist/azureClients.js) and the
 * main bundle loads it on first use, so activation never pays for parsing the SDK.
 */
import type { ArmEndpoint } from './armClientOptions';
import { ScaleSetClient } from './scaleSetClient';
import type { ScaleSetApi, StandbyPoolApi, SubscriptionApi } from './standbyPoolApi';
import { StandbyPoolClient } from './standbyPoolClient';
import { SubscriptionClient } from './subscriptionClient';

export interface AzureClients {
	readonly subscriptions: SubscriptionApi;
	readonly scaleSets: ScaleSetApi;
	readonly pools: StandbyPoolApi;
}

export function createAzureClients(endpoint: ArmEndpoint): AzureClients {
	return {
		subscriptions: new SubscriptionClient(endpoint),
		scaleSets: new ScaleSetClient(endpoint),
		pools: new StandbyPoolClient(endpoint),
	};
}
