import { requireApiVersion } from '../http/apiVersion';
import { ok } from '../http/armResponse';
import { pagedList } from '../http/paging';
import { param, type RequestContext } from '../http/requestContext';
import type { Router } from '../http/router';
import type { SubscriptionRecord } from '../state/model';
import { requireSubscription } from './scopes';

/** Versions of the Microsoft.Resources subscriptions API this emulator answers; the shape is 2022-12-01's. */
const subscriptionApiVersions = ['2016-06-01', '2019-11-01', '2020-01-01', '2021-01-01', '2022-12-01'];

export function addSubscriptionRoutes(router: Router): void {
	router.add('GET', '/subscriptions', listSubscriptions);
	router.add('GET', '/subscriptions/{subscriptionId}', getSubscription);
	router.add('GET', '/tenants', listTenants);
}

function listSubscriptions(context: RequestContext) {
	requireApiVersion(context, subscriptionApiVersions);
	return pagedList(context, [...context.state.subscriptions.values()].map(toSubscriptionBody));
}

function getSubscription(context: RequestContext) {
	requireApiVersion(context, subscriptionApiVersions);
	return ok(toSubscriptionBody(requireSubscription(context.state, param(context, 'subscriptionId'))));
}

function listTenants(context: RequestContext) {
	requireApiVersion(context, subscriptionApiVersions);
	const tenants = context.state.tenants.map((tenant) => ({
		id: `/tenants/${tenant.tenantId}`,
		tenantId: tenant.tenantId,
		tenantCategory: 'Home',
		country: 'US',
		countryCode: 'US',
		displayName: tenant.displayName,
		domains: [tenant.defaultDomain],
		defaultDomain: tenant.defaultDomain,
		tenantType: 'AAD',
	}));
	return pagedList(context, tenants);
}

export function toSubscriptionBody(subscription: SubscriptionRecord): Record<string, unknown> {
	return {
		id: `/subscriptions/${subscription.subscriptionId}`,
		authorizationSource: 'RoleBased',
		managedByTenants: [],
		subscriptionId: subscription.subscriptionId,
		tenantId: subscription.tenantId,
		displayName: subscription.displayName,
		state: subscription.state,
		subscriptionPolicies: {
			locationPlacementId: 'Public_2014-09-01',
			quotaId: 'PayAsYouGo_2014-09-01',
			spendingLimit: 'Off',
		},
		tags: subscription.tags ?? {},
	};
}
