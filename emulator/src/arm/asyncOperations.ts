import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../http/requestContext';
import type { EmulatorState } from '../state/emulatorState';
import type { ContainerPoolRecord, OperationKind, OperationRecord, VmPoolRecord } from '../state/model';
import { idKey, normalizeLocation } from '../state/resourceIds';

/** Starts an asynchronous operation that ends after the configured operation delay (or as a fault says). */
export function startOperation(
	context: RequestContext,
	kind: OperationKind,
	resourceId: string,
	subscriptionId: string,
	location: string,
): OperationRecord {
	const now = context.state.now();
	const operation: OperationRecord = {
		id: randomUUID(),
		kind,
		resourceId,
		subscriptionId,
		location: normalizeLocation(location),
		status: 'InProgress',
		startTime: now,
		doneAt: now + context.state.config.operationDelayMs,
		outcome: context.operationOutcome,
	};
	context.state.operations.set(operation.id, operation);
	return operation;
}

export function operationPath(operation: OperationRecord, leaf: 'operationStatuses' | 'operationResults'): string {
	return `/subscriptions/${operation.subscriptionId}/providers/Microsoft.StandbyPool/locations/${operation.location}/${leaf}/${operation.id}`;
}

/** Seconds a client should wait before polling, rounded up; 0 once the operation is due. */
export function retryAfterSeconds(state: EmulatorState, operation: OperationRecord): string {
	return String(Math.ceil(state.clock.realDelayUntil(operation.doneAt) / 1000));
}

/** The headers of a response that starts an operation: where to poll and when. */
export function operationHeaders(
	context: RequestContext,
	operation: OperationRecord,
	apiVersion: string,
	withLocation: boolean,
): Record<string, string> {
	const query = `?api-version=${apiVersion}`;
	const headers: Record<string, string> = {
		'Azure-AsyncOperation': `${context.baseUrl}${operationPath(operation, 'operationStatuses')}${query}`,
		'Retry-After': retryAfterSeconds(context.state, operation),
	};
	if (withLocation) {
		headers['Location'] = `${context.baseUrl}${operationPath(operation, 'operationResults')}${query}`;
	}
	return headers;
}

/** The operation now running on a resource, if any; a second change must wait for it. */
export function runningOperation(state: EmulatorState, resourceId: string): OperationRecord | undefined {
	const key = idKey(resourceId);
	return [...state.operations.values()].find(
		(operation) => operation.status === 'InProgress' && idKey(operation.resourceId) === key,
	);
}

/** Finishes every operation whose time has come, in order, and applies what it did to its resource. */
export function settleOperations(state: EmulatorState): void {
	const now = state.now();
	const due = [...state.operations.values()]
		.filter((operation) => operation.status === 'InProgress' && operation.doneAt <= now)
		.sort((a, b) => a.doneAt - b.doneAt);
	for (const operation of due) {
		finish(state, operation, operation.outcome?.status ?? 'Succeeded');
	}
}

/** Ends an operation early, when a delete overtakes a create. */
export function cancelOperation(state: EmulatorState, operation: OperationRecord): void {
	operation.outcome = {
		status: 'Canceled',
		error: { code: 'OperationCanceled', message: 'The operation was canceled because the resource is being deleted.' },
	};
	operation.doneAt = state.now();
	finish(state, operation, 'Canceled');
}

function finish(state: EmulatorState, operation: OperationRecord, status: OperationRecord['status']): void {
	operation.status = status;
	operation.endTime = operation.doneAt;
	if (status !== 'Succeeded') {
		operation.error = operation.outcome?.error;
	}
	const key = idKey(operation.resourceId);
	const resource: VmPoolRecord | ContainerPoolRecord | undefined =
		state.vmPools.get(key) ?? state.containerPools.get(key);
	if (!resource) {
		return;
	}
	if (operation.kind === 'delete' && status === 'Succeeded') {
		state.vmPools.delete(key);
		state.containerPools.delete(key);
		return;
	}
	resource.provisioningState = status;
	if (operation.kind !== 'delete') {
		resource.simulation.lastTick = Math.max(resource.simulation.lastTick, operation.doneAt);
	}
}
