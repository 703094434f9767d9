import type {
	NewRoleAssignment,
	ResourceProvider,
	RoleAssignment,
	ServicePrincipal,
} from '../../../src/core/azure/accessModels';
import { AzureRequestError } from '../../../src/core/azure/azureRequestError';
import type { ScaleSetSummary } from '../../../src/core/azure/scaleSetModels';
import type { StandbyVirtualMachinePool } from '../../../src/core/azure/standbyPoolModels';
import type { PrerequisiteApis } from '../../../src/core/prerequisites/prerequisiteApis';
import type { CheckTarget } from '../../../src/core/prerequisites/prerequisiteModel';
import { roleDefinitionId } from '../../../src/core/prerequisites/requiredRoles';

export const subscriptionId = '3f2c8a61-9d4e-4b7a-8c15-6e0f2d9b4a73';
export const subscription = `/subscriptions/${subscriptionId}`;
export const scaleSetId = `${subscription}/resourceGroups/rg-web/providers/Microsoft.Compute/virtualMachineScaleSets/web-vmss`;
export const poolId = `${subscription}/resourceGroups/rg-web/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/web-pool`;
export const principalId = 'a7f5c2e1-3b4d-4c8e-9f60-1d2e3f4a5b6c';
export const roleIds = {
	virtualMachineContributor: '9980e02c-c2be-4d73-94e8-173b1dc7cf3c',
	networkContributor: '4d97b98b-1d4f-4787-a291-c67834d212e7',
	managedIdentityOperator: 'f1a07417-d97a-45cb-824c-7a7467783830',
	gallerySharingAdmin: '1ef6a3be-d0ac-425d-8c01-acb62866290b',
	galleryArtifactsPublisher: '85a2d0d9-2eba-4c9c-b355-11c2cc0788ab',
};
export const baseRoles = [
	roleIds.virtualMachineContributor,
	roleIds.networkContributor,
	roleIds.managedIdentityOperator,
];

export function scaleSetSummary(overrides: Partial<ScaleSetSummary> = {}): ScaleSetSummary {
	return {
		id: scaleSetId,
		name: 'web-vmss',
		subscriptionId,
		resourceGroup: 'rg-web',
		location: 'eastus',
		orchestrationMode: 'Flexible',
		capacity: 2,
		zones: [],
		platformFaultDomainCount: 1,
		hibernationEnabled: false,
		ephemeralOsDisk: false,
		galleryImage: false,
		...overrides,
	};
}

export function scaleSetTarget(overrides: Partial<CheckTarget> = {}): CheckTarget {
	return {
		kind: 'scaleSet',
		subscriptionId,
		label: 'web-vmss',
		resourceId: scaleSetId,
		scaleSetId,
		galleryImageScaleSets: [],
		...overrides,
	};
}

export function assignment(roleId: string, scope = subscription, principal = principalId): RoleAssignment {
	const name = `${roleId.slice(0, 8)}-0000-4000-a000-${scope.length.toString().padStart(12, '0')}`;
	return {
		id: `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`,
		name,
		scope,
		roleDefinitionId: roleDefinitionId(subscriptionId, roleId),
		principalId: principal,
		principalType: 'ServicePrincipal',
	};
}

export function forbidden(action: string): AzureRequestError {
	return new AzureRequestError(
		`The client 'user@contoso.com' with object id '00000000-0000-0000-0000-0000000000aa' does not have authorization to perform action '${action}' over scope '${subscription}' or the scope is invalid.`,
		'AuthorizationFailed',
		403,
	);
}

export const standbyPoolPrincipal: ServicePrincipal = {
	id: principalId,
	appId: 'e9c2d8f4-5a61-4b7e-8c3d-2f1a0b9c8d7e',
	displayName: 'Standby Pool Resource Provider',
	appOwnerOrganizationId: 'f8cdef31-a31e-4b4a-93e4-5f571e91255a',
};

/**
 * An in-memory subscription for the check: registration, role assignments and the directory. Every call is
 * recorded; `fail` makes the named operation throw, as Azure would.
 */
export class FakeAccess {
	registration = 'Registered';
	/** How many reads a registration stays `Registering` before it is done. */
	registeringReads = 2;
	principals: ServicePrincipal[] = [standbyPoolPrincipal];
	assignments: RoleAssignment[] = baseRoles.map((role) => assignment(role));
	scaleSet = scaleSetSummary();
	readonly calls: string[] = [];
	readonly fail = new Map<string, Error>();
	private readsSinceRegister = 0;

	private record(operation: string): void {
		this.calls.push(operation);
		const failure = this.fail.get(operation);
		if (failure) {
			throw failure;
		}
	}

	get apis(): PrerequisiteApis {
		return {
			providers: {
				getProvider: async (_subscriptionId, namespace): Promise<ResourceProvider> => {
					this.record('getProvider');
					if (this.registration === 'Registering' && ++this.readsSinceRegister >= this.registeringReads) {
						this.registration = 'Registered';
					}
					return { namespace, registrationState: this.registration };
				},
				registerProvider: async (_subscriptionId, namespace): Promise<ResourceProvider> => {
					this.record('registerProvider');
					this.registration = 'Registering';
					this.readsSinceRegister = 0;
					return { namespace, registrationState: this.registration };
				},
			},
			roleAssignments: {
				listRoleAssignments: async (_scope, principal) => {
					this.record('listRoleAssignments');
					return this.assignments.filter((entry) => entry.principalId === principal);
				},
				createRoleAssignment: async (created: NewRoleAssignment) => {
					this.record('createRoleAssignment');
					const result: RoleAssignment = {
						id: `${created.scope}/providers/Microsoft.Authorization/roleAssignments/${created.name}`,
						...created,
					};
					this.assignments.push(result);
					return result;
				},
			},
			directory: {
				findServicePrincipals: async () => {
					this.record('findServicePrincipals');
					return this.principals;
				},
			},
			scaleSets: {
				listScaleSets: async () => {
					this.record('listScaleSets');
					return [this.scaleSet];
				},
				getScaleSet: async () => {
					this.record('getScaleSet');
					return this.scaleSet;
				},
			},
			pools: {
				getPool: async () => {
					this.record('getPool');
					return pool();
				},
			} as unknown as PrerequisiteApis['pools'],
		};
	}
}

export function pool(): StandbyVirtualMachinePool {
	return {
		id: poolId,
		name: 'web-pool',
		type: 'Microsoft.StandbyPool/standbyVirtualMachinePools',
		location: 'eastus',
		properties: { virtualMachineState: 'Deallocated', attachedVirtualMachineScaleSetId: scaleSetId },
	};
}
