import { isResourceOfType, parseResourceId } from '../azure/resourceId';
import type { ScaleSetSummary } from '../azure/scaleSetModels';
import type { StandbyVirtualMachinePool } from '../azure/standbyPoolModels';
import type { PrerequisiteApis } from './prerequisiteApis';
import type { CheckTarget } from './prerequisiteModel';
import { localize } from './localize';
import { subscriptionScope } from './requiredRoles';

/** What a user can ask the check about: a tree node's resource, or a bare resource id (from the form or a link). */
export type TargetRequest =
	| { readonly kind: 'subscription'; readonly subscriptionId: string; readonly displayName?: string }
	| { readonly kind: 'scaleSet'; readonly scaleSet: ScaleSetSummary }
	| { readonly kind: 'pool'; readonly pool: StandbyVirtualMachinePool; readonly scaleSet?: ScaleSetSummary }
	| { readonly kind: 'resourceId'; readonly id: string };

const subscriptionPattern = /^\/subscriptions\/([0-9a-f-]{36})\/?$/i;

function isFlexible(scaleSet: ScaleSetSummary): boolean {
	return (scaleSet.orchestrationMode ?? '').toLowerCase() === 'flexible';
}

function scaleSetTarget(scaleSet: ScaleSetSummary): CheckTarget {
	return {
		kind: 'scaleSet',
		subscriptionId: scaleSet.subscriptionId,
		label: scaleSet.name,
		resourceId: scaleSet.id,
		scaleSetId: scaleSet.id,
		galleryImageScaleSets: scaleSet.galleryImage ? [scaleSet.name] : [],
	};
}

async function poolTarget(
	apis: PrerequisiteApis,
	pool: StandbyVirtualMachinePool,
	known: ScaleSetSummary | undefined,
	abortSignal?: AbortSignal,
): Promise<CheckTarget> {
	const scaleSetId = pool.properties.attachedVirtualMachineScaleSetId;
	let scaleSet = known;
	if (!scaleSet && scaleSetId) {
		// Without the scale set only the gallery roles stay unchecked; the report says so.
		scaleSet = await apis.scaleSets.getScaleSet(scaleSetId, abortSignal).catch(() => undefined);
	}
	const subscriptionId = parseResourceId(pool.id)?.subscriptionId ?? scaleSet?.subscriptionId ?? '';
	return {
		kind: 'pool',
		subscriptionId,
		label: pool.name,
		resourceId: pool.id,
		scaleSetId: scaleSet?.id ?? scaleSetId,
		galleryImageScaleSets: scaleSet ? (scaleSet.galleryImage ? [scaleSet.name] : []) : undefined,
	};
}

async function subscriptionTarget(
	apis: PrerequisiteApis,
	subscriptionId: string,
	displayName: string | undefined,
	abortSignal?: AbortSignal,
): Promise<CheckTarget> {
	// The gallery roles are needed as soon as one scale set that can have a pool uses a gallery image.
	const scaleSets = await apis.scaleSets.listScaleSets(subscriptionId, abortSignal).catch(() => undefined);
	return {
		kind: 'subscription',
		subscriptionId,
		label: displayName ?? subscriptionId,
		resourceId: subscriptionScope(subscriptionId),
		scaleSetId: undefined,
		galleryImageScaleSets: scaleSets
			?.filter((scaleSet) => isFlexible(scaleSet) && scaleSet.galleryImage)
			.map((scaleSet) => scaleSet.name),
	};
}

/** Turns a request into a target, reading the scale set or pool when only an id is known. */
export async function resolveTarget(
	apis: PrerequisiteApis,
	request: TargetRequest,
	abortSignal?: AbortSignal,
): Promise<CheckTarget> {
	switch (request.kind) {
		case 'subscription':
			return subscriptionTarget(apis, request.subscriptionId, request.displayName, abortSignal);
		case 'scaleSet':
			return scaleSetTarget(request.scaleSet);
		case 'pool':
			return poolTarget(apis, request.pool, request.scaleSet, abortSignal);
		case 'resourceId': {
			const subscriptionId = subscriptionPattern.exec(request.id)?.[1];
			if (subscriptionId) {
				return subscriptionTarget(apis, subscriptionId, undefined, abortSignal);
			}
			if (isResourceOfType(request.id, 'Microsoft.Compute', 'virtualMachineScaleSets')) {
				return scaleSetTarget(await apis.scaleSets.getScaleSet(request.id, abortSignal));
			}
			if (isResourceOfType(request.id, 'Microsoft.StandbyPool', 'standbyVirtualMachinePools')) {
				return poolTarget(apis, await apis.pools.getPool(request.id, abortSignal), undefined, abortSignal);
			}
			throw new Error(localize('Not a subscription, scale set or standby pool id: {0}', request.id));
		}
	}
}
