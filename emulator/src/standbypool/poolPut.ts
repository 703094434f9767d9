import { operationHeaders, startOperation } from '../arm/asyncOperations';
import type { ArmResponse } from '../http/armResponse';
import type { RequestContext } from '../http/requestContext';
import type { PoolSimulation, SystemData } from '../state/model';
import { newSystemData } from './poolScope';

/** The record either kind of standby pool (VM or container group) keeps. */
export interface PoolRecord<Properties> {
	id: string;
	subscriptionId: string;
	resourceGroup: string;
	name: string;
	location: string;
	tags?: Record<string, string>;
	properties: Properties;
	provisioningState: string;
	systemData: SystemData;
	createdAt: number;
	simulation: PoolSimulation;
}

interface PutTarget {
	id: string;
	subscriptionId: string;
	resourceGroup: string;
	name: string;
}

/**
 * The record a PUT writes: a replace keeps the pool's identity (as first spelled), its creation time and its
 * living VMs; a create starts them. Either way the pool is `Creating` or `Updating` until its operation ends.
 */
export function putRecord<Properties>(
	context: RequestContext,
	target: PutTarget,
	existing: PoolRecord<Properties> | undefined,
	request: { location: string; tags?: Record<string, string>; properties: Properties },
): PoolRecord<Properties> {
	const now = context.state.now();
	return {
		id: existing?.id ?? target.id,
		subscriptionId: target.subscriptionId,
		resourceGroup: existing?.resourceGroup ?? target.resourceGroup,
		name: existing?.name ?? target.name,
		location: request.location,
		tags: request.tags,
		properties: request.properties,
		provisioningState: existing ? 'Updating' : 'Creating',
		systemData: newSystemData(now, existing?.systemData),
		createdAt: existing?.createdAt ?? now,
		simulation: existing?.simulation ?? { vms: [], lastTick: now, nextVmNumber: 1 },
	};
}

/** Starts the long-running operation of a PUT and answers as Azure does: 201 to create, 200 to replace. */
export function acceptPut(
	context: RequestContext,
	pool: { id: string; subscriptionId: string; location: string },
	replacing: boolean,
	version: string,
	body: unknown,
): ArmResponse {
	const operation = startOperation(
		context,
		replacing ? 'replace' : 'create',
		pool.id,
		pool.subscriptionId,
		pool.location,
	);
	return {
		status: replacing ? 200 : 201,
		body,
		headers: operationHeaders(context, operation, version, false),
	};
}
