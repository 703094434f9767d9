import { cancelOperation, operationHeaders, runningOperation, startOperation } from '../arm/asyncOperations';
import { ArmError, resourceNotFound } from '../http/armError';
import type { ArmResponse } from '../http/armResponse';
import { acceptPut, putRecord } from './poolPut';
import { pagedList } from '../http/paging';
import { param, type RequestContext } from '../http/requestContext';
import type { Router } from '../http/router';
import { vmPoolType } from '../state/loadSeed';
import type { VmPoolRecord } from '../state/model';
import { idKey, normalizeLocation, providerResourceId } from '../state/resourceIds';
import { newSystemData, poolScope, requireNoRunningOperation, requirePoolName } from './poolScope';
import { checkVmPoolPatch, checkVmPoolPut } from './vmPoolValidation';
import { advanceVmPool } from './vmPoolLiving';
import { checkVmPoolRules } from './vmPoolRules';
import { toVmPoolBody } from './vmPoolView';

const subscriptionPath = '/subscriptions/{subscriptionId}/providers/Microsoft.StandbyPool/standbyVirtualMachinePools';
export const vmPoolGroupPath =
	'/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.StandbyPool/standbyVirtualMachinePools';
const poolPath = `${vmPoolGroupPath}/{poolName}`;

export function addVmPoolRoutes(router: Router): void {
	router.add('GET', subscriptionPath, listPools);
	router.add('GET', vmPoolGroupPath, listPools);
	router.add('GET', poolPath, getPool);
	router.add('PUT', poolPath, putPool);
	router.add('PATCH', poolPath, patchPool);
	router.add('DELETE', poolPath, deletePool);
}

function listPools(context: RequestContext): ArmResponse {
	const scope = poolScope(context);
	const pools = [...context.state.vmPools.values()].filter(
		(pool) =>
			pool.subscriptionId.toLowerCase() === scope.subscription.subscriptionId.toLowerCase() &&
			(scope.resourceGroup === undefined || pool.resourceGroup.toLowerCase() === scope.resourceGroup.toLowerCase()),
	);
	return pagedList(context, pools, (pool) => toVmPoolBody(pool, scope.version));
}

/** Resolves the pool a request names, with the checks every pool call makes; `pool` is absent when not found. */
export function addressedPool(context: RequestContext): {
	version: string;
	id: string;
	name: string;
	resourceGroup: string;
	subscriptionId: string;
	pool?: VmPoolRecord;
} {
	const scope = poolScope(context);
	const name = requirePoolName(param(context, 'poolName'));
	const resourceGroup = scope.resourceGroup ?? '';
	const subscriptionId = scope.subscription.subscriptionId;
	const id = providerResourceId(subscriptionId, resourceGroup, vmPoolType, name);
	return { version: scope.version, id, name, resourceGroup, subscriptionId, pool: context.state.vmPool(id) };
}

export function requireVmPool(context: RequestContext): { version: string; pool: VmPoolRecord } {
	const addressed = addressedPool(context);
	if (!addressed.pool) {
		throw resourceNotFound(vmPoolType, addressed.name, addressed.resourceGroup);
	}
	return { version: addressed.version, pool: addressed.pool };
}

function getPool(context: RequestContext): ArmResponse {
	const { version, pool } = requireVmPool(context);
	return { status: 200, body: toVmPoolBody(pool, version) };
}

/** Create or replace, answered at once and finished by an asynchronous operation. */
function putPool(context: RequestContext): ArmResponse {
	const target = addressedPool(context);
	const request = checkVmPoolPut(context.body, target.version);
	const existing = target.pool;
	if (existing) {
		advanceVmPool(context.state, existing);
		requireNoRunningOperation(context, existing.id);
		if (normalizeLocation(existing.location) !== normalizeLocation(request.location)) {
			throw new ArmError(
				409,
				'InvalidResourceLocation',
				`The resource '${existing.name}' already exists in location '${existing.location}' in resource group '${existing.resourceGroup}'. A resource with the same name cannot be created in location '${request.location}'.`,
			);
		}
	}
	checkVmPoolRules(
		context.state,
		{
			id: target.id,
			subscriptionId: target.subscriptionId,
			location: request.location,
			properties: request.properties,
		},
		existing?.properties.virtualMachineState,
	);

	const pool: VmPoolRecord = putRecord(context, target, existing, request);
	context.state.vmPools.set(idKey(pool.id), pool);
	return acceptPut(context, pool, existing !== undefined, target.version, toVmPoolBody(pool, target.version));
}

/** A synchronous update that merges only the supplied fields into the pool. */
function patchPool(context: RequestContext): ArmResponse {
	const { version, pool } = requireVmPool(context);
	const patch = checkVmPoolPatch(context.body, version);
	requireNoRunningOperation(context, pool.id);
	advanceVmPool(context.state, pool);
	const supplied = patch.properties ?? {};
	const properties = { ...pool.properties, ...supplied };
	if (supplied.elasticityProfile !== undefined) {
		properties.elasticityProfile = { ...pool.properties.elasticityProfile, ...supplied.elasticityProfile };
	}
	checkVmPoolRules(
		context.state,
		{ id: pool.id, subscriptionId: pool.subscriptionId, location: pool.location, properties },
		pool.properties.virtualMachineState,
	);
	pool.properties = properties;
	if (patch.tags !== undefined) {
		pool.tags = patch.tags;
	}
	pool.systemData = newSystemData(context.state.now(), pool.systemData);
	return { status: 200, body: toVmPoolBody(pool, version) };
}

/** Accepted with 202 and finished by an operation; 204 when there is nothing to delete. */
function deletePool(context: RequestContext): ArmResponse {
	const target = addressedPool(context);
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
