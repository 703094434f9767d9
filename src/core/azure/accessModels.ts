/**
 * What the extension reads and writes about a subscription's set-up, beyond the pools themselves: resource
 * provider registration (Microsoft.Resources), role assignments (Microsoft.Authorization) and service
 * principals (Microsoft Graph). Every failure is an AzureRequestError.
 */

/** `NotRegistered`, `Registering`, `Registered`, `Unregistering`... as the service reports it (an open set). */
export type RegistrationState = string;

export interface ResourceProvider {
	readonly namespace: string;
	readonly registrationState: RegistrationState;
}

export interface RoleAssignment {
	readonly id: string;
	readonly name: string;
	/** The scope it was made at, e.g. `/subscriptions/…` or a resource group below it. */
	readonly scope: string;
	/** The full role definition id; its last segment is the role's GUID. */
	readonly roleDefinitionId: string;
	readonly principalId: string;
	readonly principalType: string | undefined;
}

export interface NewRoleAssignment {
	readonly scope: string;
	/** A new GUID: the assignment's name. */
	readonly name: string;
	readonly roleDefinitionId: string;
	readonly principalId: string;
	readonly principalType: 'ServicePrincipal';
}

export interface ServicePrincipal {
	readonly id: string;
	readonly appId: string | undefined;
	readonly displayName: string;
	/** The tenant that owns the application; Microsoft's own tenant for a first-party resource provider. */
	readonly appOwnerOrganizationId: string | undefined;
}

export interface ProviderApi {
	getProvider(subscriptionId: string, namespace: string, abortSignal?: AbortSignal): Promise<ResourceProvider>;
	/** Starts the registration; Azure answers at once, usually with `Registering`. */
	registerProvider(subscriptionId: string, namespace: string, abortSignal?: AbortSignal): Promise<ResourceProvider>;
}

export interface RoleAssignmentApi {
	/** Assignments of one principal at, above and below the scope. */
	listRoleAssignments(scope: string, principalId: string, abortSignal?: AbortSignal): Promise<RoleAssignment[]>;
	createRoleAssignment(assignment: NewRoleAssignment, abortSignal?: AbortSignal): Promise<RoleAssignment>;
}

export interface DirectoryApi {
	/**
	 * Service principals with exactly this display name. With `interactive`, the user may be asked to consent
	 * to Microsoft Graph first; without it, a missing consent is an error like any other.
	 */
	findServicePrincipals(
		displayName: string,
		options?: { interactive?: boolean; abortSignal?: AbortSignal },
	): Promise<ServicePrincipal[]>;
}
