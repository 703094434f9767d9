import { requireApiVersion } from '../http/apiVersion';
import { ArmError } from '../http/armError';
import { ok, type ArmResponse } from '../http/armResponse';
import { pagedList } from '../http/paging';
import { param, type RequestContext } from '../http/requestContext';
import type { Router } from '../http/router';
import { builtInRoles, findRole, type RoleDefinition } from '../state/roleDefinitions';

const roleDefinitionApiVersions = ['2018-01-01-preview', '2022-04-01', '2022-05-01-preview'];

/** Built-in role definitions, by id or filtered by `roleName eq '…'`. */
export function addRoleDefinitionRoutes(router: Router): void {
	for (const prefix of ['', '/subscriptions/{subscriptionId}']) {
		const base = `${prefix}/providers/Microsoft.Authorization/roleDefinitions`;
		router.add('GET', base, listDefinitions);
		router.add('GET', `${base}/{roleDefinitionId}`, getDefinition);
	}
}

function listDefinitions(context: RequestContext): ArmResponse {
	requireApiVersion(context, roleDefinitionApiVersions);
	const wanted = /roleName\s+eq\s+'([^']+)'/i.exec(context.query.get('$filter') ?? '')?.[1]?.toLowerCase();
	const roles = builtInRoles.filter((role) => wanted === undefined || role.roleName.toLowerCase() === wanted);
	return pagedList(context, roles, (role) => definitionBody(context, role));
}

function getDefinition(context: RequestContext): ArmResponse {
	requireApiVersion(context, roleDefinitionApiVersions);
	const role = findRole(param(context, 'roleDefinitionId'));
	if (!role) {
		throw new ArmError(
			404,
			'RoleDefinitionDoesNotExist',
			`The role definition '${param(context, 'roleDefinitionId')}' does not exist.`,
		);
	}
	return ok(definitionBody(context, role));
}

function definitionBody(context: RequestContext, role: RoleDefinition): Record<string, unknown> {
	const subscriptionId = context.params['subscriptionId'];
	const prefix = subscriptionId === undefined ? '' : `/subscriptions/${subscriptionId}`;
	return {
		id: `${prefix}/providers/Microsoft.Authorization/roleDefinitions/${role.name}`,
		name: role.name,
		type: 'Microsoft.Authorization/roleDefinitions',
		properties: {
			roleName: role.roleName,
			type: 'BuiltInRole',
			description: role.description,
			assignableScopes: ['/'],
			permissions: [{ actions: [], notActions: [], dataActions: [], notDataActions: [] }],
		},
	};
}
