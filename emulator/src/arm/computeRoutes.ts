import { requireApiVersion } from '../http/apiVersion';
import { resourceNotFound } from '../http/armError';
import { ok } from '../http/armResponse';
import { pagedList } from '../http/paging';
import { param, type RequestContext } from '../http/requestContext';
import type { Router } from '../http/router';
import { scaleSetType } from '../state/loadSeed';
import { providerResourceId } from '../state/resourceIds';
import { requireResourceGroup, requireSubscription } from './scopes';

/** Compute versions whose scale-set shape matches the 2025-11-01 examples this emulator follows. */
const computeApiVersions = ['2023-09-01', '2024-03-01', '2024-07-01', '2024-11-01', '2025-04-01', '2025-11-01'];
const prefix = '/subscriptions/{subscriptionId}';
const groupPrefix = `${prefix}/resourceGroups/{resourceGroupName}/providers/Microsoft.Compute/virtualMachineScaleSets`;

export function addComputeRoutes(router: Router): void {
	router.add('GET', `${prefix}/providers/Microsoft.Compute/virtualMachineScaleSets`, listBySubscription);
	router.add('GET', groupPrefix, listByResourceGroup);
	router.add('GET', `${groupPrefix}/{vmScaleSetName}`, getScaleSet);
}

function listBySubscription(context: RequestContext) {
	requireApiVersion(context, computeApiVersions);
	const subscription = requireSubscription(context.state, param(context, 'subscriptionId'));
	const scaleSets = [...context.state.scaleSets.values()].filter(
		(scaleSet) => scaleSet.subscriptionId.toLowerCase() === subscription.subscriptionId.toLowerCase(),
	);
	return pagedList(context, scaleSets, (scaleSet) => structuredClone(scaleSet.body));
}

function listByResourceGroup(context: RequestContext) {
	requireApiVersion(context, computeApiVersions);
	const subscriptionId = param(context, 'subscriptionId');
	const group = requireResourceGroup(context.state, subscriptionId, param(context, 'resourceGroupName'));
	const scaleSets = [...context.state.scaleSets.values()].filter(
		(scaleSet) =>
			scaleSet.subscriptionId.toLowerCase() === subscriptionId.toLowerCase() &&
			scaleSet.resourceGroup.toLowerCase() === group.name.toLowerCase(),
	);
	return pagedList(context, scaleSets, (scaleSet) => structuredClone(scaleSet.body));
}

function getScaleSet(context: RequestContext) {
	requireApiVersion(context, computeApiVersions);
	const subscriptionId = param(context, 'subscriptionId');
	const resourceGroup = param(context, 'resourceGroupName');
	const name = param(context, 'vmScaleSetName');
	requireResourceGroup(context.state, subscriptionId, resourceGroup);
	const scaleSet = context.state.scaleSet(providerResourceId(subscriptionId, resourceGroup, scaleSetType, name));
	if (!scaleSet) {
		throw resourceNotFound(scaleSetType, name, resourceGroup);
	}
	return ok(structuredClone(scaleSet.body));
}
