import type { ArmErrorDetail } from '../http/armError';
import type { ArmResponse } from '../http/armResponse';
import type { Fault } from './faults';

/** The ARM error a `respond` fault sends when the test gave none: what Azure says for that status. */
export function faultResponse(fault: Fault, method: string, path: string): ArmResponse {
	const status = fault.status ?? 500;
	const error = fault.error ?? defaultError(status, method, path);
	const headers: Record<string, string> = {};
	if (fault.retryAfter !== undefined) {
		headers['Retry-After'] = String(fault.retryAfter);
	}
	if (status === 401) {
		headers['WWW-Authenticate'] = 'Bearer error="invalid_token", error_description="The access token has expired."';
	}
	return { status, body: { error }, headers };
}

export function defaultOperationError(): ArmErrorDetail {
	return {
		code: 'AllocationFailed',
		message: 'The standby pool could not be provisioned: allocation failed in the requested region. Try again later.',
	};
}

function defaultError(status: number, method: string, path: string): ArmErrorDetail {
	switch (status) {
		case 401:
			return {
				code: 'ExpiredAuthenticationToken',
				message: 'The access token expiry UTC time is earlier than current UTC time.',
			};
		case 403:
			return {
				code: 'AuthorizationFailed',
				message: `The client 'user@contoso.com' with object id '00000000-0000-0000-0000-0000000000aa' does not have authorization to perform action '${action(method, path)}' over scope '${path}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
			};
		case 404:
			return { code: 'ResourceNotFound', message: `The resource at '${path}' was not found.` };
		case 409:
			return { code: 'Conflict', message: 'The resource was changed by another request. Read it again and retry.' };
		case 429:
			return {
				code: 'TooManyRequests',
				message: 'The request was throttled. Retry after the time in the Retry-After header.',
			};
		case 503:
			return { code: 'ServiceUnavailable', message: 'The service is temporarily unavailable. Try again later.' };
		default:
			return { code: 'InternalServerError', message: 'The server encountered an internal error. Try again later.' };
	}
}

/** The Azure RBAC action a request needs, e.g. `Microsoft.StandbyPool/standbyVirtualMachinePools/write`. */
function action(method: string, path: string): string {
	const segments = path.split('/').filter((segment) => segment !== '');
	const providerIndex = segments.map((segment) => segment.toLowerCase()).lastIndexOf('providers');
	const typeParts = providerIndex < 0 ? ['Microsoft.Resources', 'subscriptions'] : segments.slice(providerIndex + 1);
	const [namespace = 'Microsoft.Resources', ...rest] = typeParts;
	const types = rest.filter((_, index) => index % 2 === 0);
	const verb = method === 'GET' ? 'read' : method === 'DELETE' ? 'delete' : 'write';
	return [namespace, ...types, verb].join('/');
}
