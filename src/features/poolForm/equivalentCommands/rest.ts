import { localize } from '../localize';
import type { PoolRequest } from '../poolRequests';
import { managementEndpoint } from './model';

/** The pool's URL path with each segment encoded, and the api-version. */
export function poolPath(request: PoolRequest): string {
	const segments = [
		'subscriptions',
		request.subscriptionId,
		'resourceGroups',
		request.resourceGroup,
		'providers',
		'Microsoft.StandbyPool',
		'standbyVirtualMachinePools',
		request.name,
	];
	return `/${segments.map(encodeURIComponent).join('/')}?api-version=${encodeURIComponent(request.apiVersion)}`;
}

/** The method and body the extension itself sends: a PUT of the new pool, or a PATCH with only the changes. */
export function restCall(request: PoolRequest): { method: 'PUT' | 'PATCH'; path: string; body: unknown } {
	return request.patch
		? { method: 'PATCH', path: poolPath(request), body: request.patch }
		: { method: 'PUT', path: poolPath(request), body: request.resource };
}

/** The request in the `.http` format that REST clients for VS Code read. */
export function restRequest(request: PoolRequest): string {
	const call = restCall(request);
	return [
		`# ${localize('Send with an Azure Resource Manager token in an Authorization: Bearer header.')}`,
		`${call.method} ${managementEndpoint}${call.path}`,
		'Content-Type: application/json',
		'',
		JSON.stringify(call.body, undefined, 2),
		'',
	].join('\n');
}
