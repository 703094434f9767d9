import { cancelOperation, operationHeaders, runningOperation, startOperation } from '../arm/asyncOperations';
import { ArmError, badRequest, resourceNotFound } from '../http/armError';
import type { ArmResponse } from '../http/armResponse';
import { acceptPut, putRecord } from './poolPut';
import { pagedList } from '../http/paging';
import { param, type RequestContext } from '../http/requestContext';
import type { Router } from '../http/router';
import { containerPoolType } from '../state/loadSeed';
import type { ContainerPoolRecord } from '../state/model';
import { idKey, providerResourceId } from '../state/resourceIds';
import { versionModel } from './apiVersions';
import { advanceContainerPool, containerPoolTarget } from './containerPoolLiving';
import { checkContainerPoolPatch, checkContainerPoolPut } from './containerPoolValidation';
import { toContainerPoolBody } from './containerPoolView';
import { newSystemData, poolScope, requireNoRunningOperation, requirePoolName } from './poolScope';
import { predictionFor } from './prediction';
import { instanceCountSummary } from './runtimeView';

const groupPath =
	'/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.StandbyPool/standbyContainerGroupPools';
const poolPath = `${groupPath}/{poolName}`;

export function addContainerPoolRoutes(router: Router): void {
	router.add(
		'GET',
		'/subscriptions/{subscriptionId}/providers/Microsoft.StandbyPool/standbyContainerGroupPools',
		listPools,
	);
	router.add('GET', groupPath, listPools);
	router.add('GET', poolPath, (context) => {
		const { version, pool } = requirePool(context);
		return { status: 200, body: toContainerPoolBody(pool, version) };
	});
	router.add('PUT', poolPath, putPool);
	router.add('PATCH', poolPath, patchPool);
	router.add('DELETE', poolPath, deletePool);
	router.add('GET', `${poolPath}/runtimeViews`, (context) => {
		const { version, pool } = requirePool(context);
		return pagedList(context, [runtimeViewBody(context, pool, version)]);
	});
	router.add('GET', `${poolPath}/runtimeViews/{runtimeView}`, getRuntimeView);
}

function listPools(context: RequestContext): ArmResponse {
	const scope = poolScope(context);
	const pools = [...context.state.containerPools.values()].filter(
		(pool) =>
			pool.subscriptionId.toLowerCase() === scope.subscription.subscriptionId.toLowerCase() &&
			(scope.resourceGroup === undefined || pool.resourceGroup.toLowerCase() === scope.resourceGroup.toLowerCase()),
	);
	return pagedList(context, pools, (pool) => toContainerPoolBody(pool, scope.version));
}

function addressed(context: RequestContext) {
	const scope = poolScope(context);
	const name = requirePoolName(param(context, 'poolName'));
	const resourceGroup = scope.resourceGroup ?? '';
	const subscriptionId = scope.subscription.subscriptionId;
	const id = providerResourceId(subscriptionId, resourceGroup, containerPoolType, name);
	return { version: scope.version, id, name, resourceGroup, subscriptionId, pool: context.state.containerPool(id) };
}

function requirePool(context: RequestContext): { version: string; pool: ContainerPoolRecord } {
	const target = addressed(context);
	if (!target.pool) {
		throw resourceNotFound(containerPoolType, target.name, target.resourceGroup);
	}
	return { version: target.version, pool: target.pool };
}

function putPool(context: RequestContext): ArmResponse {
	const target = addressed(context);
	const request = checkContainerPoolPut(context.body, target.version);
	const existing = target.pool;
	if (existing) {
		advanceContainerPool(context.state, existing);
		requireNoRunningOperation(context, existing.id);
	}
	const pool: ContainerPoolRecord = putRecord(context, target, existing, request);
	context.state.containerPools.set(idKey(pool.id), pool);
	return acceptPut(context, pool, existing !== undefined, target.version, toContainerPoolBody(pool, target.version));
}

function patchPool(context: RequestContext): ArmResponse {
	const { version, pool } = requirePool(context);
	const patch = checkContainerPoolPatch(context.body, version);
	requireNoRunningOperation(context, pool.id);
	advanceContainerPool(context.state, pool);
	const supplied = patch.properties ?? {};
	pool.properties = {
		...pool.properties,
		...supplied,
		elasticityProfile: { ...pool.properties.elasticityProfile, ...supplied.elasticityProfile },
	};
	if (patch.tags !== undefined) {
		pool.tags = patch.tags;
	}
	pool.systemData = newSystemData(context.state.now(), pool.systemData);
	return { status: 200, body: toContainerPoolBody(pool, version) };
}

function deletePool(context: RequestContext): ArmResponse {
	const target = addressed(context);
	const pool = target.pool;
	if (!pool) {
		return { status: 204 };
	}
	const running = runningOperation(context.state, pool.id);
	if (running?.kind === 'delete') {
		return { status: 202, headers: operationHeaders(context, running, target.version, true) };
	}
	if (running) {
		cancelOperation(context.state, running);
	}
	pool.provisioningState = 'Deleting';
	const operation = startOperation(context, 'delete', pool.id, pool.subscriptionId, pool.location);
	return { status: 202, headers: operationHeaders(context, operation, target.version, true) };
}

function getRuntimeView(context: RequestContext): ArmResponse {
	const { version, pool } = requirePool(context);
	const view = param(context, 'runtimeView');
	if (!/^[a-zA-Z0-9-]{0,24}$/.test(view)) {
		throw badRequest(`The runtime view name '${view}' is invalid.`, 'runtimeView', 'InvalidResourceName');
	}
	if (view.toLowerCase() !== 'latest') {
		throw new ArmError(
			404,
			'ResourceNotFound',
			`The runtime view '${view}' of pool '${pool.name}' was not found. Use 'latest'.`,
		);
	}
	return { status: 200, body: runtimeViewBody(context, pool, version) };
}

/** Before 2025-03-01 the container view had no zones, no health and no prediction. */
// TODO: container group pools are always healthy; no rule of the container service is modelled.
function runtimeViewBody(context: RequestContext, pool: ContainerPoolRecord, version: string): Record<string, unknown> {
	advanceContainerPool(context.state, pool);
	const modern = versionModel(version).healthAndPrediction;
	const vms = modern
		? pool.simulation.vms
		: pool.simulation.vms.map((vm) => ({ name: vm.name, state: vm.state, since: vm.since }));
	const zones = modern ? containerPoolTarget(pool).zones : [undefined];
	const properties: Record<string, unknown> = {
		instanceCountSummary: instanceCountSummary(vms, zones, version, ['Creating', 'Running', 'Deleting']),
		provisioningState: pool.provisioningState,
	};
	if (modern) {
		properties['status'] = { code: 'HealthState/healthy', message: 'The pool is healthy.' };
		const prediction = predictionFor(
			pool.id,
			pool.createdAt,
			context.state.now(),
			pool.properties.elasticityProfile.maxReadyCapacity,
		);
		if (prediction !== undefined) {
			properties['prediction'] = prediction;
		}
	}
	return {
		properties,
		id: `${pool.id}/runtimeViews/latest`,
		name: 'latest',
		type: 'Microsoft.StandbyPool/standbyContainerGroupPools/runtimeViews',
		systemData: pool.systemData,
	};
}
