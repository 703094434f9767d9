import { requireApiVersion } from '../http/apiVersion';
import { ArmError, badRequest } from '../http/armError';
import { ok, type ArmResponse } from '../http/armResponse';
import { requireObject, requireString } from '../http/bodyChecks';
import { pagedList } from '../http/paging';
import { param, type RequestContext } from '../http/requestContext';
import type { Router } from '../http/router';
import type { RoleAssignmentRecord } from '../state/model';
import { idKey } from '../state/resourceIds';
import { findRole } from '../state/roleDefinitions';
import { advanceAllPools } from '../standbypool/advanceAllPools';
import { requireSubscription } from './scopes';

const authorizationApiVersions = ['2020-04-01-preview', '2022-04-01', '2026-08-01'];
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const scopes = [
	'/subscriptions/{subscriptionId}',
	'/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}',
	'/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/{namespace}/{type}/{name}',
];

/** Role assignments at subscription, resource-group and resource scope: list for scope, get, create, delete. */
export function addAuthorizationRoutes(router: Router): void {
	for (const scope of scopes) {
		const assignments = `${scope}/providers/Microsoft.Authorization/roleAssignments`;
		router.add('GET', assignments, listForScope);
		router.add('GET', `${assignments}/{assignmentName}`, getAssignment);
		router.add('PUT', `${assignments}/{assignmentName}`, createAssignment);
		router.add('DELETE', `${assignments}/{assignmentName}`, deleteAssignment);
	}
}

/** The scope part of the path, as ARM writes it (leading slash, no trailing one). */
function scopeOf(context: RequestContext): string {
	return context.path.replace(/\/providers\/Microsoft\.Authorization\/roleAssignments(\/[^/]*)?\/?$/i, '');
}

/**
 * ARM lists assignments at, above and below the scope; `$filter=atScope()` keeps those at or above it, and
 * `principalId eq '…'` or `assignedTo('…')` keeps one principal's.
 */
function listForScope(context: RequestContext): ArmResponse {
	requireApiVersion(context, authorizationApiVersions);
	requireSubscription(context.state, param(context, 'subscriptionId'));
	const scope = idKey(scopeOf(context));
	const filter = context.query.get('$filter') ?? '';
	const principal = /(?:principalId\s+eq\s+|assignedTo\()'([^']+)'/i.exec(filter)?.[1]?.toLowerCase();
	const atScope = /atScope\(\)/i.test(filter);
	const matches = [...context.state.roleAssignments.values()].filter((assignment) => {
		const assigned = idKey(assignment.scope);
		const aboveOrAt = scope === assigned || scope.startsWith(`${assigned}/`);
		const below = assigned.startsWith(`${scope}/`);
		return (
			(aboveOrAt || (!atScope && below)) &&
			(principal === undefined || assignment.principalId.toLowerCase() === principal)
		);
	});
	return pagedList(context, matches.map(assignmentBody));
}

function getAssignment(context: RequestContext): ArmResponse {
	requireApiVersion(context, authorizationApiVersions);
	const assignment = context.state.roleAssignments.get(idKey(context.path));
	if (!assignment) {
		throw new ArmError(
			404,
			'RoleAssignmentNotFound',
			`The role assignment '${param(context, 'assignmentName')}' is not found.`,
		);
	}
	return ok(assignmentBody(assignment));
}

/** Creates an assignment; 403 when the caller may not, 409 when the same one exists under another name. */
// TODO: the caller's rights are one switch per subscription (callerCanAssignRoles); finer 403s come from faults.
function createAssignment(context: RequestContext): ArmResponse {
	requireApiVersion(context, authorizationApiVersions);
	const subscription = requireSubscription(context.state, param(context, 'subscriptionId'));
	const scope = scopeOf(context);
	const name = param(context, 'assignmentName');
	if (!subscription.callerCanAssignRoles) {
		throw new ArmError(
			403,
			'AuthorizationFailed',
			`The client 'user@contoso.com' with object id '00000000-0000-0000-0000-0000000000aa' does not have authorization to perform action 'Microsoft.Authorization/roleAssignments/write' over scope '${context.path}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
		);
	}
	if (!guidPattern.test(name)) {
		throw badRequest(
			`The role assignment name '${name}' is not a GUID.`,
			'roleAssignmentName',
			'InvalidRoleAssignmentId',
		);
	}
	const properties = requireObject(requireObject(context.body ?? null, '')['properties'], 'properties');
	const roleDefinitionId = requireString(properties['roleDefinitionId'], 'properties.roleDefinitionId');
	const principalId = requireString(properties['principalId'], 'properties.principalId');
	const role = findRole(roleDefinitionId);
	if (!role) {
		throw badRequest(
			`The role definition '${roleDefinitionId}' does not exist.`,
			'properties.roleDefinitionId',
			'RoleDefinitionDoesNotExist',
		);
	}
	const existing = context.state.roleAssignments.get(idKey(context.path));
	const duplicate = [...context.state.roleAssignments.values()].find(
		(assignment) =>
			idKey(assignment.scope) === idKey(scope) &&
			assignment.principalId.toLowerCase() === principalId.toLowerCase() &&
			findRole(assignment.roleDefinitionId)?.name === role.name,
	);
	if (duplicate && duplicate !== existing) {
		throw new ArmError(409, 'RoleAssignmentExists', 'The role assignment already exists.');
	}
	const record: RoleAssignmentRecord = {
		id: `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`,
		name,
		scope,
		principalId,
		principalType: typeof properties['principalType'] === 'string' ? properties['principalType'] : 'User',
		roleDefinitionId,
		createdAt: new Date(context.state.now()).toISOString(),
	};
	advanceAllPools(context.state);
	context.state.roleAssignments.set(idKey(record.id), record);
	return { status: existing ? 200 : 201, body: assignmentBody(record) };
}

function deleteAssignment(context: RequestContext): ArmResponse {
	requireApiVersion(context, authorizationApiVersions);
	const key = idKey(context.path);
	const assignment = context.state.roleAssignments.get(key);
	if (!assignment) {
		return { status: 204 };
	}
	advanceAllPools(context.state);
	context.state.roleAssignments.delete(key);
	return ok(assignmentBody(assignment));
}

function assignmentBody(assignment: RoleAssignmentRecord): Record<string, unknown> {
	return {
		properties: {
			roleDefinitionId: assignment.roleDefinitionId,
			principalId: assignment.principalId,
			principalType: assignment.principalType,
			scope: assignment.scope,
			createdOn: assignment.createdAt,
		},
		id: assignment.id,
		type: 'Microsoft.Authorization/roleAssignments',
		name: assignment.name,
	};
}
