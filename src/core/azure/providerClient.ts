import type { ProviderApi, ResourceProvider } from './accessModels';
import type { ArmEndpoint } from './armClientOptions';
import { JsonClient } from './jsonClient';

/** Microsoft.Resources, the newest stable version in the specifications. */
const resourcesApiVersion = '2025-04-01';

interface RawProvider {
	namespace?: unknown;
	registrationState?: unknown;
}

function toProvider(raw: unknown, namespace: string): ResourceProvider {
	const body = (typeof raw === 'object' && raw !== null ? raw : {}) as RawProvider;
	return {
		namespace: typeof body.namespace === 'string' ? body.namespace : namespace,
		registrationState: typeof body.registrationState === 'string' ? body.registrationState : 'Unknown',
	};
}

/** Resource provider registration of a subscription: read it, and ask for it. */
export class ProviderClient implements ProviderApi {
	private readonly json: JsonClient;

	constructor(endpoint: ArmEndpoint) {
		this.json = new JsonClient(endpoint);
	}

	async getProvider(subscriptionId: string, namespace: string, abortSignal?: AbortSignal): Promise<ResourceProvider> {
		const body = await this.json.expectOk(
			'GET',
			this.providerUrl(subscriptionId, namespace, ''),
			undefined,
			abortSignal,
		);
		return toProvider(body, namespace);
	}

	async registerProvider(
		subscriptionId: string,
		namespace: string,
		abortSignal?: AbortSignal,
	): Promise<ResourceProvider> {
		const url = this.providerUrl(subscriptionId, namespace, '/register');
		return toProvider(await this.json.expectOk('POST', url, undefined, abortSignal), namespace);
	}

	private providerUrl(subscriptionId: string, namespace: string, action: string): string {
		return this.json.url(
			`/subscriptions/${encodeURIComponent(subscriptionId)}/providers/${encodeURIComponent(namespace)}${action}` +
				`?api-version=${resourcesApiVersion}`,
		);
	}
}
