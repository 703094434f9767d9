import type { TokenCredential } from '@azure/core-auth';
import { getClient, type Client } from '@azure-rest/core-client';
import type { OperationResponse, RunningOperation } from '@azure/core-lro';
import https from 'node:https';
import type { RunningEmulator } from '../../../emulator/src/index';

/** A credential that hands out the emulator's fixed token, as the extension's emulator connection does. */
export function emulatorCredential(token: string): TokenCredential {
	return { getToken: async () => ({ token, expiresOnTimestamp: Date.now() + 3_600_000 }) };
}

/** An agent that trusts only the emulator's test CA; keep-alive off so stopping the emulator leaves nothing open. */
export function emulatorAgent(ca: Buffer): https.Agent {
	return new https.Agent({ ca, keepAlive: false });
}

/** A REST client of the Azure SDK pointed at the emulator, with retries kept short for tests. */
export function emulatorRestClient(emulator: RunningEmulator, agent: https.Agent): Client {
	return getClient(emulator.url, emulatorCredential(emulator.token), {
		agent,
		credentials: { scopes: [`${emulator.url}/.default`] },
		retryOptions: { maxRetries: 1, retryDelayInMs: 10, maxRetryDelayInMs: 50 },
	});
}

/** Describes one long-running call for `createHttpPoller`: the initial request and how to poll a URL. */
export function runningOperation(
	client: Client,
	method: 'PUT' | 'DELETE',
	path: string,
	apiVersion: string,
	body?: unknown,
): RunningOperation {
	const toOperationResponse = (
		response: Awaited<ReturnType<ReturnType<Client['pathUnchecked']>['get']>>,
	): OperationResponse => ({
		flatResponse: response.body,
		rawResponse: {
			statusCode: Number(response.status),
			headers: response.headers,
			request: { method: response.request.method, url: response.request.url },
			body: response.body,
		},
	});
	return {
		sendInitialRequest: async () => {
			const resource = client.pathUnchecked(path);
			const options = { queryParameters: { 'api-version': apiVersion }, body };
			return toOperationResponse(method === 'PUT' ? await resource.put(options) : await resource.delete(options));
		},
		sendPollRequest: async (url) => toOperationResponse(await client.pathUnchecked(url).get()),
	};
}
