import type { NewRoleAssignment, RoleAssignment, RoleAssignmentApi } from './accessModels';
import type { ArmEndpoint } from './armClientOptions';
import { JsonClient } from './jsonClient';
import { listAllPages } from './paging';

/** Microsoft.Authorization role assignments, at the long-standing GA version. */
const authorizationApiVersion = '2022-04-01';
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface RawRoleAssignment {
	id?: unknown;
	name?: unknown;
	properties?: { scope?: unknown; roleDefinitionId?: unknown; principalId?: unknown; principalType?: unknown };
}

function text(value: unknown): string {
	return typeof value === 'string' ? value : '';
}

export function toRoleAssignment(raw: RawRoleAssignment): RoleAssignment {
	const properties = raw.properties ?? {};
	return {
		id: text(raw.id),
		name: text(raw.name),
		scope: text(properties.scope),
		roleDefinitionId: text(properties.roleDefinitionId),
		principalId: text(properties.principalId),
		principalType: typeof properties.principalType === 'string' ? properties.principalType : undefined,
	};
}

/** A scope as ARM writes it: one leading slash, no trailing one. */
function normalizedScope(scope: string): string {
	return `/${scope.replace(/^\/+|\/+$/g, '')}`;
}

/** Lists one principal's role assignments and creates new ones. */
export class RoleAssignmentClient implements RoleAssignmentApi {
	private readonly json: JsonClient;

	constructor(endpoint: ArmEndpoint) {
		this.json = new JsonClient(endpoint);
	}

	async listRoleAssignments(scope: string, principalId: string, abortSignal?: AbortSignal): Promise<RoleAssignment[]> {
		if (!guidPattern.test(principalId)) {
			throw new Error(`Not a principal id: ${principalId}`);
		}
		const filter = encodeURIComponent(`principalId eq '${principalId}'`);
		const first = this.json.url(
			`${normalizedScope(scope)}/providers/Microsoft.Authorization/roleAssignments` +
				`?api-version=${authorizationApiVersion}&$filter=${filter}`,
		);
		const raw = await listAllPages<RawRoleAssignment>(
			(url) => this.json.send('GET', url, undefined, abortSignal),
			first,
		);
		return raw.map(toRoleAssignment);
	}

	async createRoleAssignment(assignment: NewRoleAssignment, abortSignal?: AbortSignal): Promise<RoleAssignment> {
		if (!guidPattern.test(assignment.name)) {
			throw new Error(`A role assignment name must be a GUID, not ${assignment.name}`);
		}
		const url = this.json.url(
			`${normalizedScope(assignment.scope)}/providers/Microsoft.Authorization/roleAssignments/${assignment.name}` +
				`?api-version=${authorizationApiVersion}`,
		);
		const body = {
			properties: {
				roleDefinitionId: assignment.roleDefinitionId,
				principalId: assignment.principalId,
				principalType: assignment.principalType,
			},
		};
		return toRoleAssignment((await this.json.expectOk('PUT', url, body, abortSignal)) as RawRoleAssignment);
	}
}
