import { requireApiVersion } from '../http/apiVersion';
import { ArmError } from '../http/armError';
import type { ArmResponse } from '../http/armResponse';
import { param, type RequestContext } from '../http/requestContext';
import type { Router } from '../http/router';
import type { OperationRecord } from '../state/model';
import { standbyPoolApiVersions } from '../standbypool/apiVersions';
import { operationPath, retryAfterSeconds } from './asyncOperations';

const locationPrefix = '/subscriptions/{subscriptionId}/providers/Microsoft.StandbyPool/locations/{location}';

/** The URLs that `Azure-AsyncOperation` and `Location` headers point at. */
export function addOperationRoutes(router: Router): void {
	router.add('GET', `${locationPrefix}/operationStatuses/{operationId}`, getOperationStatus);
	router.add('GET', `${locationPrefix}/operationResults/{operationId}`, getOperationResult);
}

function findOperation(context: RequestContext): OperationRecord {
	requireApiVersion(context, standbyPoolApiVersions);
	const operation = context.state.operations.get(param(context, 'operationId').toLowerCase());
	if (!operation || operation.subscriptionId.toLowerCase() !== param(context, 'subscriptionId').toLowerCase()) {
		throw new ArmError(404, 'NotFound', `The operation '${param(context, 'operationId')}' was not found.`);
	}
	return operation;
}

/** The Azure-AsyncOperation resource: `InProgress`, then `Succeeded`, `Failed` or `Canceled` with an error. */
function getOperationStatus(context: RequestContext): ArmResponse {
	const operation = findOperation(context);
	const body: Record<string, unknown> = {
		id: operationPath(operation, 'operationStatuses'),
		name: operation.id,
		resourceId: operation.resourceId,
		status: operation.status,
		startTime: new Date(operation.startTime).toISOString(),
	};
	if (operation.endTime !== undefined) {
		body['endTime'] = new Date(operation.endTime).toISOString();
		body['percentComplete'] = 100;
	}
	if (operation.error !== undefined) {
		body['error'] = operation.error;
	}
	const headers: Record<string, string> =
		operation.status === 'InProgress' ? { 'Retry-After': retryAfterSeconds(context.state, operation) } : {};
	return { status: 200, body, headers };
}

/** The Location resource: 202 while running, 204 when done, the error when it failed. */
function getOperationResult(context: RequestContext): ArmResponse {
	const operation = findOperation(context);
	if (operation.status === 'InProgress') {
		return {
			status: 202,
			headers: {
				Location: `${context.baseUrl}${context.path}?${context.query.toString()}`,
				'Retry-After': retryAfterSeconds(context.state, operation),
			},
		};
	}
	if (operation.status === 'Succeeded') {
		return { status: 204 };
	}
	const error = operation.error ?? { code: 'OperationFailed', message: 'The operation failed.' };
	return { status: operation.status === 'Canceled' ? 409 : 500, body: { error } };
}
