/** What the Standby Pool service needs in a subscription before it can fill a pool. */

export const standbyPoolNamespace = 'Microsoft.StandbyPool';

/** The display name of the service principal the Standby Pool service acts as, in every tenant. */
export const standbyPoolPrincipalName = 'Standby Pool Resource Provider';

/** Tenants that own Microsoft's first-party applications, such as the Standby Pool service's. */
export const microsoftOwnerTenants: readonly string[] = [
	'f8cdef31-a31e-4b4a-93e4-5f571e91255a',
	'72f988bf-86f1-41af-91ab-2d7cd011db47',
];

export interface RequiredRole {
	/** The built-in role's GUID, the same in every subscription. */
	readonly id: string;
	readonly name: string;
	/** Needed only when the scale set's image comes from an Azure Compute Gallery. */
	readonly forGalleryImages: boolean;
}

/** Azure's built-in role ids, as published in the Azure RBAC built-in roles reference. */
export const requiredRoles: readonly RequiredRole[] = [
	{ id: '9980e02c-c2be-4d73-94e8-173b1dc7cf3c', name: 'Virtual Machine Contributor', forGalleryImages: false },
	{ id: '4d97b98b-1d4f-4787-a291-c67834d212e7', name: 'Network Contributor', forGalleryImages: false },
	{ id: 'f1a07417-d97a-45cb-824c-7a7467783830', name: 'Managed Identity Operator', forGalleryImages: false },
	{ id: '1ef6a3be-d0ac-425d-8c01-acb62866290b', name: 'Compute Gallery Sharing Admin', forGalleryImages: true },
	{ id: '85a2d0d9-2eba-4c9c-b355-11c2cc0788ab', name: 'Compute Gallery Artifacts Publisher', forGalleryImages: true },
];

export function rolesNeeded(galleryImage: boolean): RequiredRole[] {
	return requiredRoles.filter((role) => galleryImage || !role.forGalleryImages);
}

export function subscriptionScope(subscriptionId: string): string {
	return `/subscriptions/${subscriptionId}`;
}

export function roleDefinitionId(subscriptionId: string, roleId: string): string {
	return `${subscriptionScope(subscriptionId)}/providers/Microsoft.Authorization/roleDefinitions/${roleId}`;
}

/** The role's GUID from a role definition id, which may or may not carry a subscription prefix. */
export function roleIdOf(definitionId: string): string {
	return (definitionId.split('/').pop() ?? '').toLowerCase();
}
