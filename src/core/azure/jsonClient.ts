import { getClient, type Client } from '@azure-rest/core-client';
import { errorFromResponse, errorFromTransport } from './azureErrorMapping';
import { endpointPolicies, userAgentPrefix, type ArmEndpoint } from './armClientOptions';

export interface JsonResponse {
	readonly status: number;
	readonly body: unknown;
}

export type JsonMethod = 'GET' | 'POST' | 'PUT';

/**
 * A few JSON requests to one endpoint through the SDK pipeline: authentication for that endpoint's scope,
 * retries, the endpoint guard and the redacted request log. Failures become AzureRequestErrors.
 */
export class JsonClient {
	private readonly client: Client;

	constructor(private readonly endpoint: ArmEndpoint) {
		this.client = getClient(endpoint.url, {
			additionalPolicies: endpointPolicies(endpoint),
			userAgentOptions: { userAgentPrefix },
		});
	}

	/** `path` starts with a slash and carries its query; it is always sent to this client's endpoint. */
	url(path: string): string {
		return `${this.endpoint.url}${path}`;
	}

	async send(method: JsonMethod, url: string, body?: unknown, abortSignal?: AbortSignal): Promise<JsonResponse> {
		const resource = this.client.pathUnchecked(url);
		const options = { body, abortSignal, contentType: 'application/json', timeout: this.endpoint.timeoutMs };
		try {
			const response = await (method === 'GET'
				? resource.get(options)
				: method === 'POST'
					? resource.post(options)
					: resource.put(options));
			return { status: Number(response.status), body: response.body };
		} catch (error) {
			throw errorFromTransport(error, this.endpoint.url, abortSignal);
		}
	}

	/** Sends and returns the body of a 2xx answer; anything else is thrown as the service's error. */
	async expectOk(method: JsonMethod, url: string, body?: unknown, abortSignal?: AbortSignal): Promise<unknown> {
		const response = await this.send(method, url, body, abortSignal);
		if (response.status >= 400) {
			throw errorFromResponse(response.status, response.body);
		}
		return response.body;
	}
}
