import { requireApiVersion } from '../http/apiVersion';
import { pagedList } from '../http/paging';
import type { Router } from '../http/router';
import { standbyPoolApiVersions } from './apiVersions';

const resources: [type: string, display: string][] = [
	['standbyVirtualMachinePools', 'StandbyVirtualMachinePools'],
	['standbyContainerGroupPools', 'StandbyContainerGroupPools'],
];
const verbs: [verb: string, operation: string, description: string][] = [
	['read', 'Get', 'Get a {0} Resource'],
	['write', 'Create', 'Create or update a {0} Resource'],
	['delete', 'Delete', 'Delete a {0} Resource'],
];

/** `GET /providers/Microsoft.StandbyPool/operations`: the provider's RBAC operations, in the example's shape. */
export function addOperationsListRoute(router: Router): void {
	router.add('GET', '/providers/Microsoft.StandbyPool/operations', (context) => {
		requireApiVersion(context, standbyPoolApiVersions);
		const operations = resources.flatMap(([type, display]) =>
			verbs.map(([verb, operation, description]) => ({
				name: `Microsoft.StandbyPool/${type}/${verb}`,
				isDataAction: false,
				display: {
					provider: 'Microsoft.StandbyPool',
					resource: type,
					operation: `${display}_${operation}`,
					description: description.replace('{0}', display),
				},
				origin: 'user',
				actionType: 'Internal',
			})),
		);
		return pagedList(context, operations);
	});
}
