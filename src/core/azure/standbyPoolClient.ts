import { getClient, type Client } from '@azure-rest/core-client';
import { createHttpPoller, type OperationResponse, type OperationState } from '@azure/core-lro';
import { errorFromOperation, errorFromResponse, errorFromTransport } from './azureErrorMapping';
import { endpointPolicies, userAgentPrefix, type ArmEndpoint } from './armClientOptions';
import { listAllPages } from './paging';
import type { OperationOptions, StandbyPoolApi } from './standbyPoolApi';
import {
	standbyPoolApiVersion,
	type StandbyContainerGroupPool,
	type StandbyVirtualMachine,
	type StandbyVirtualMachinePool,
	type StandbyVirtualMachinePoolCreate,
	type StandbyVirtualMachinePoolRuntimeView,
	type StandbyVirtualMachinePoolUpdate,
} from './standbyPoolModels';

interface RawResult {
	status: number;
	headers: Record<string, string>;
	body: unknown;
	url: string;
	method: string;
}

/** The provider's resources of one subscription. */
function subscriptionPath(subscriptionId: string): string {
	return `/subscriptions/${encodeURIComponent(subscriptionId)}/providers/Microsoft.StandbyPool`;
}

/** Microsoft.StandbyPool through a small typed client on `@azure-rest/core-client` and `@azure/core-lro`. */
export class StandbyPoolClient implements StandbyPoolApi {
	private readonly client: Client;

	/** `apiVersion` is what every request sends; older versions lack fields, which the caller leaves out. */
	constructor(
		private readonly endpoint: ArmEndpoint,
		readonly apiVersion: string = standbyPoolApiVersion,
	) {
		this.client = getClient(endpoint.url, {
			additionalPolicies: endpointPolicies(endpoint),
			userAgentOptions: { userAgentPrefix },
		});
	}

	listPools(subscriptionId: string, abortSignal?: AbortSignal): Promise<StandbyVirtualMachinePool[]> {
		const path = `${subscriptionPath(subscriptionId)}/standbyVirtualMachinePools`;
		return listAllPages<StandbyVirtualMachinePool>(
			(url) => this.send('GET', url, undefined, abortSignal),
			this.url(path),
		);
	}

	async getPool(poolId: string, abortSignal?: AbortSignal): Promise<StandbyVirtualMachinePool> {
		return (await this.expectOk('GET', this.url(poolId), undefined, abortSignal)) as StandbyVirtualMachinePool;
	}

	async createOrReplacePool(
		poolId: string,
		body: StandbyVirtualMachinePoolCreate,
		options: OperationOptions = {},
	): Promise<StandbyVirtualMachinePool> {
		const result = await this.runLongOperation('PUT', poolId, body, 'azure-async-operation', options);
		return (result ?? (await this.getPool(poolId, options.abortSignal))) as StandbyVirtualMachinePool;
	}

	async updatePool(
		poolId: string,
		patch: StandbyVirtualMachinePoolUpdate,
		abortSignal?: AbortSignal,
	): Promise<StandbyVirtualMachinePool> {
		return (await this.expectOk('PATCH', this.url(poolId), patch, abortSignal)) as StandbyVirtualMachinePool;
	}

	async deletePool(poolId: string, options: OperationOptions = {}): Promise<void> {
		await this.runLongOperation('DELETE', poolId, undefined, 'location', options);
	}

	async getRuntimeView(poolId: string, abortSignal?: AbortSignal): Promise<StandbyVirtualMachinePoolRuntimeView> {
		const url = this.url(`${poolId}/runtimeViews/latest`);
		return (await this.expectOk('GET', url, undefined, abortSignal)) as StandbyVirtualMachinePoolRuntimeView;
	}

	listStandbyVirtualMachines(poolId: string, abortSignal?: AbortSignal): Promise<StandbyVirtualMachine[]> {
		const url = this.url(`${poolId}/standbyVirtualMachines`);
		return listAllPages<StandbyVirtualMachine>((next) => this.send('GET', next, undefined, abortSignal), url);
	}

	listContainerGroupPools(subscriptionId: string, abortSignal?: AbortSignal): Promise<StandbyContainerGroupPool[]> {
		const path = `${subscriptionPath(subscriptionId)}/standbyContainerGroupPools`;
		return listAllPages<StandbyContainerGroupPool>(
			(url) => this.send('GET', url, undefined, abortSignal),
			this.url(path),
		);
	}

	private url(path: string): string {
		return `${this.endpoint.url}${path}?api-version=${encodeURIComponent(this.apiVersion)}`;
	}

	private async runLongOperation(
		method: 'PUT' | 'DELETE',
		resourceId: string,
		body: unknown,
		resourceLocationConfig: 'azure-async-operation' | 'location',
		options: OperationOptions,
	): Promise<unknown> {
		let lastStatusBody: unknown;
		const poller = createHttpPoller<unknown, OperationState<unknown>>(
			{
				sendInitialRequest: async () =>
					this.toOperationResponse(await this.send(method, this.url(resourceId), body, options.abortSignal)),
				sendPollRequest: async (pollUrl, pollOptions) => {
					const response = await this.send(
						'GET',
						pollUrl,
						undefined,
						(pollOptions?.abortSignal as AbortSignal | undefined) ?? options.abortSignal,
					);
					lastStatusBody = response.body;
					return this.toOperationResponse(response);
				},
			},
			{ resourceLocationConfig, resolveOnUnsuccessful: true, intervalInMs: 1000 },
		);
		poller.onProgress((state) => options.onProgress?.({ status: state.status }));
		const result = await poller.pollUntilDone({ abortSignal: options.abortSignal });
		const state = poller.operationState;
		if (state && state.status !== 'succeeded') {
			throw errorFromOperation(state.status, lastStatusBody);
		}
		return result;
	}

	private toOperationResponse(response: RawResult): OperationResponse<unknown> {
		if (response.status >= 400) {
			throw errorFromResponse(response.status, response.body);
		}
		return {
			flatResponse: response.body,
			rawResponse: {
				statusCode: response.status,
				headers: response.headers,
				body: response.body,
				request: { method: response.method, url: response.url },
			},
		};
	}

	private async expectOk(method: string, url: string, body: unknown, abortSignal?: AbortSignal): Promise<unknown> {
		const response = await this.send(method, url, body, abortSignal);
		if (response.status >= 400) {
			throw errorFromResponse(response.status, response.body);
		}
		return response.body;
	}

	/** Sends one request through the SDK pipeline (auth, retries, throttling, guard) and parses the answer. */
	private async send(method: string, url: string, body: unknown, abortSignal?: AbortSignal): Promise<RawResult> {
		const resource = this.client.pathUnchecked(url);
		const options = { body, abortSignal, contentType: 'application/json', timeout: this.endpoint.timeoutMs };
		try {
			const response = await (method === 'GET'
				? resource.get(options)
				: method === 'PUT'
					? resource.put(options)
					: method === 'PATCH'
						? resource.patch(options)
						: resource.delete(options));
			return {
				status: Number(response.status),
				headers: response.headers,
				body: response.body,
				url,
				method,
			};
		} catch (error) {
			throw errorFromTransport(error, this.endpoint.url, abortSignal);
		}
	}
}
