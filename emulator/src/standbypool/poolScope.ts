import { requireApiVersion } from '../http/apiVersion';
import { ArmError, badRequest } from '../http/armError';
import { param, type RequestContext } from '../http/requestContext';
import { requireRegistered, requireResourceGroup, requireSubscription } from '../arm/scopes';
import type { SubscriptionRecord, SystemData } from '../state/model';
import { runningOperation } from '../arm/asyncOperations';
import { standbyPoolApiVersions } from './apiVersions';

export const standbyPoolNamespace = 'Microsoft.StandbyPool';
const poolNamePattern = /^[a-zA-Z0-9-]{3,24}$/;

export interface PoolScope {
	version: string;
	subscription: SubscriptionRecord;
	resourceGroup?: string;
}

/**
 * Checks what every Standby Pool call checks before it reaches the resource: api-version, subscription, provider
 * registration and (when the path has one) the resource group, in the order ARM does.
 */
export function poolScope(context: RequestContext): PoolScope {
	const version = requireApiVersion(context, standbyPoolApiVersions);
	const subscription = requireSubscription(context.state, param(context, 'subscriptionId'));
	requireRegistered(subscription, standbyPoolNamespace);
	const groupName = context.params['resourceGroupName'];
	if (groupName === undefined) {
		return { version, subscription };
	}
	const group = requireResourceGroup(context.state, subscription.subscriptionId, groupName);
	return { version, subscription, resourceGroup: group.name };
}

export function requirePoolName(name: string): string {
	if (!poolNamePattern.test(name)) {
		throw badRequest(
			`The resource name '${name}' is invalid. A standby pool name has 3 to 24 letters, digits or hyphens.`,
			'name',
			'InvalidResourceName',
		);
	}
	return name;
}

/** A second change while one is running is refused, as the service does. */
export function requireNoRunningOperation(context: RequestContext, resourceId: string): void {
	if (runningOperation(context.state, resourceId)) {
		throw new ArmError(
			409,
			'AnotherOperationInProgress',
			`Another operation is in progress on the resource '${resourceId}'. Retry when it has finished.`,
		);
	}
}

export function newSystemData(now: number, previous?: SystemData): SystemData {
	const time = new Date(now).toISOString();
	return {
		createdBy: previous?.createdBy ?? 'user@contoso.com',
		createdByType: previous?.createdByType ?? 'User',
		createdAt: previous?.createdAt ?? time,
		lastModifiedBy: 'user@contoso.com',
		lastModifiedByType: 'User',
		lastModifiedAt: time,
	};
}
