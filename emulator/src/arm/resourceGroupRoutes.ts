import { requireApiVersion } from '../http/apiVersion';
import { ok, type ArmResponse } from '../http/armResponse';
import { pagedList } from '../http/paging';
import { param, type RequestContext } from '../http/requestContext';
import type { Router } from '../http/router';
import type { ResourceGroupRecord } from '../state/model';
import { resourceGroupId } from '../state/resourceIds';
import { resourcesApiVersions } from './providerRoutes';
import { requireResourceGroup, requireSubscription } from './scopes';

/** Microsoft.Resources resource groups: list and get. */
export function addResourceGroupRoutes(router: Router): void {
	router.add('GET', '/subscriptions/{subscriptionId}/resourceGroups', listGroups);
	router.add('GET', '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}', getGroup);
}

function listGroups(context: RequestContext): ArmResponse {
	requireApiVersion(context, resourcesApiVersions);
	const subscription = requireSubscription(context.state, param(context, 'subscriptionId'));
	return pagedList(context, subscription.resourceGroups, (group) => groupBody(subscription.subscriptionId, group));
}

function getGroup(context: RequestContext): ArmResponse {
	requireApiVersion(context, resourcesApiVersions);
	const subscriptionId = param(context, 'subscriptionId');
	const group = requireResourceGroup(context.state, subscriptionId, param(context, 'resourceGroupName'));
	return ok(groupBody(requireSubscription(context.state, subscriptionId).subscriptionId, group));
}

function groupBody(subscriptionId: string, group: ResourceGroupRecord): Record<string, unknown> {
	return {
		id: resourceGroupId(subscriptionId, group.name),
		name: group.name,
		type: 'Microsoft.Resources/resourceGroups',
		location: group.location,
		tags: group.tags ?? {},
		properties: { provisioningState: 'Succeeded' },
	};
}
