targetScope = 'subscription'

@description('Object id of the "Standby Pool Resource Provider" service principal in your tenant: az ad sp list --display-name "Standby Pool Resource Provider" --query "[].id" --output tsv')
param standbyPoolProviderPrincipalId string

// Without these roles on the subscription, a standby pool never fills or keeps recycling its virtual machines.
var standbyPoolRoleDefinitionIds = [
	'9980e02c-c2be-4d73-94e8-173b1dc7cf3c' // Virtual Machine Contributor
	'4d97b98b-1d4f-4787-a291-c67834d212e7' // Network Contributor
	'f1a07417-d97a-45cb-824c-7a7467783830' // Managed Identity Operator
]

resource standbyPoolRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
	for roleDefinitionId in standbyPoolRoleDefinitionIds: {
		name: guid(subscription().id, standbyPoolProviderPrincipalId, roleDefinitionId)
		properties: {
			roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleDefinitionId)
			principalId: standbyPoolProviderPrincipalId
			principalType: 'ServicePrincipal'
		}
	}
]
