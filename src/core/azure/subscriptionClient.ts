import { getClient, type Client } from '@azure-rest/core-client';
import { errorFromTransport } from './azureErrorMapping';
import { endpointPolicies, userAgentPrefix, type ArmEndpoint } from './armClientOptions';
import { listAllPages } from './paging';
import { toSubscriptionSummary, type RawSubscription } from './scaleSetMapping';
import type { SubscriptionSummary } from './scaleSetModels';
import type { SubscriptionApi, TenantSummary } from './standbyPoolApi';

const subscriptionsApiVersion = '2022-12-01';

/** Microsoft.Resources subscriptions, the top level of the tree. */
export class SubscriptionClient implements SubscriptionApi {
	private readonly client: Client;

	constructor(private readonly endpoint: ArmEndpoint) {
		this.client = getClient(endpoint.url, {
			additionalPolicies: endpointPolicies(endpoint),
			userAgentOptions: { userAgentPrefix },
		});
	}

	async listSubscriptions(abortSignal?: AbortSignal): Promise<SubscriptionSummary[]> {
		const first = `${this.endpoint.url}/subscriptions?api-version=${subscriptionsApiVersion}`;
		const raw = await listAllPages<RawSubscription>(async (url) => {
			try {
				const response = await this.client.pathUnchecked(url).get({ abortSignal, timeout: this.endpoint.timeoutMs });
				return { status: Number(response.status), body: response.body };
			} catch (error) {
				throw errorFromTransport(error, this.endpoint.url, abortSignal);
			}
		}, first);
		return raw
			.map(toSubscriptionSummary)
			.filter((subscription): subscription is SubscriptionSummary => subscription !== undefined)
			.sort((left, right) => left.displayName.localeCompare(right.displayName));
	}

	async listTenants(abortSignal?: AbortSignal): Promise<TenantSummary[]> {
		const first = `${this.endpoint.url}/tenants?api-version=${subscriptionsApiVersion}`;
		const raw = await listAllPages<{ tenantId?: string; displayName?: string; defaultDomain?: string }>(async (url) => {
			try {
				const response = await this.client.pathUnchecked(url).get({ abortSignal, timeout: this.endpoint.timeoutMs });
				return { status: Number(response.status), body: response.body };
			} catch (error) {
				throw errorFromTransport(error, this.endpoint.url, abortSignal);
			}
		}, first);
		return raw
			.filter((tenant): tenant is { tenantId: string; displayName?: string; defaultDomain?: string } =>
				Boolean(tenant.tenantId),
			)
			.map((tenant) => ({
				tenantId: tenant.tenantId,
				displayName: tenant.displayName ?? tenant.defaultDomain ?? tenant.tenantId,
				defaultDomain: tenant.defaultDomain,
			}));
	}
}
