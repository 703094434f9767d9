import { ComputeManagementClient } from '@azure/arm-compute';
import { errorFromTransport } from './azureErrorMapping';
import { endpointPolicies, userAgentPrefix, withoutDefaultAuthentication, type ArmEndpoint } from './armClientOptions';
import { parseResourceId } from './resourceId';
import { toScaleSetSummary } from './scaleSetMapping';
import type { ScaleSetSummary } from './scaleSetModels';
import type { ScaleSetApi } from './standbyPoolApi';

/** Scale sets through `@azure/arm-compute` (api-version 2025-11-01). */
export class ScaleSetClient implements ScaleSetApi {
	private readonly clients = new Map<string, ComputeManagementClient>();

	constructor(private readonly endpoint: ArmEndpoint) {}

	async listScaleSets(subscriptionId: string, abortSignal?: AbortSignal): Promise<ScaleSetSummary[]> {
		const summaries: ScaleSetSummary[] = [];
		try {
			for await (const scaleSet of this.client(subscriptionId).virtualMachineScaleSets.listAll({
				abortSignal,
				requestOptions: { timeout: this.endpoint.timeoutMs },
			})) {
				const summary = toScaleSetSummary(scaleSet);
				if (summary) {
					summaries.push(summary);
				}
			}
		} catch (error) {
			throw errorFromTransport(error, this.endpoint.url, abortSignal);
		}
		return summaries;
	}

	async getScaleSet(scaleSetId: string, abortSignal?: AbortSignal): Promise<ScaleSetSummary> {
		const parsed = parseResourceId(scaleSetId);
		if (!parsed) {
			throw new Error(`Not a scale set resource id: ${scaleSetId}`);
		}
		try {
			const scaleSet = await this.client(parsed.subscriptionId).virtualMachineScaleSets.get(
				parsed.resourceGroup,
				parsed.name,
				{ abortSignal, requestOptions: { timeout: this.endpoint.timeoutMs } },
			);
			const summary = toScaleSetSummary(scaleSet);
			if (!summary) {
				throw new Error(`Azure returned a scale set without an id for ${scaleSetId}`);
			}
			return summary;
		} catch (error) {
			throw errorFromTransport(error, this.endpoint.url, abortSignal);
		}
	}

	private client(subscriptionId: string): ComputeManagementClient {
		let client = this.clients.get(subscriptionId);
		if (!client) {
			client = withoutDefaultAuthentication(
				new ComputeManagementClient(this.endpoint.credential, subscriptionId, {
					endpoint: this.endpoint.url,
					credentials: { scopes: [this.endpoint.scope] },
					additionalPolicies: endpointPolicies(this.endpoint),
					userAgentOptions: { userAgentPrefix },
				}),
			);
			this.clients.set(subscriptionId, client);
		}
		return client;
	}
}
