/** The built-in Azure roles the emulator knows by name; their ids are Azure's published built-in role ids. */
export interface RoleDefinition {
	name: string;
	roleName: string;
	description: string;
}

export const builtInRoles: RoleDefinition[] = [
	{ name: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635', roleName: 'Owner', description: 'Grants full access.' },
	{
		name: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
		roleName: 'Contributor',
		description: 'Manages everything but access.',
	},
	{ name: 'acdd72a7-3385-48ef-bd42-f606fba81ae7', roleName: 'Reader', description: 'Views everything.' },
	{
		name: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
		roleName: 'User Access Administrator',
		description: 'Manages user access to Azure resources.',
	},
	{
		name: '9980e02c-c2be-4d73-94e8-173b1dc7cf3c',
		roleName: 'Virtual Machine Contributor',
		description: 'Manages virtual machines.',
	},
	{ name: '4d97b98b-1d4f-4787-a291-c67834d212e7', roleName: 'Network Contributor', description: 'Manages networks.' },
	{
		name: 'f1a07417-d97a-45cb-824c-7a7467783830',
		roleName: 'Managed Identity Operator',
		description: 'Reads and assigns user-assigned identities.',
	},
	{
		name: '1ef6a3be-d0ac-425d-8c01-acb62866290b',
		roleName: 'Compute Gallery Sharing Admin',
		description: 'Shares Azure Compute Gallery resources.',
	},
	{
		name: '85a2d0d9-2eba-4c9c-b355-11c2cc0788ab',
		roleName: 'Compute Gallery Artifacts Publisher',
		description: 'Publishes Azure Compute Gallery artifacts.',
	},
];

export function roleDefinitionId(subscriptionId: string, roleGuid: string): string {
	return `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${roleGuid}`;
}

/** Finds a role by display name or by the GUID at the end of its id. */
export function findRole(nameOrId: string): RoleDefinition | undefined {
	const guid = nameOrId.split('/').pop()?.toLowerCase() ?? '';
	return builtInRoles.find((role) => role.roleName.toLowerCase() === nameOrId.toLowerCase() || role.name === guid);
}
