import { standbyPoolPrincipal } from '../../../emulator/src/index';

/**
 * The world the spec examples assume: subscription …0009, resource group rgstandbypool, a zonal scale set myVmss
 * with hibernation, and a VM pool and a container group pool named `pool` with the examples' values.
 */
export const exampleSubscription = '00000000-0000-0000-0000-000000000009';
const group = `/subscriptions/${exampleSubscription}/resourceGroups/rgstandbypool`;

export const examplePoolIds = [
	`${group}/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/pool`,
	`${group}/providers/Microsoft.StandbyPool/standbyContainerGroupPools/pool`,
];

export const exampleSeed = {
	subscriptions: [
		{
			subscriptionId: exampleSubscription,
			displayName: 'Examples',
			tenantId: '00000000-0000-0000-0000-00000000000a',
			resourceGroups: [{ name: 'rgstandbypool', location: 'westus' }],
		},
	],
	scaleSets: [
		{
			subscriptionId: exampleSubscription,
			resourceGroup: 'rgstandbypool',
			name: 'myVmss',
			location: 'westus',
			sku: { name: 'Standard_D2s_v5', tier: 'Standard', capacity: 2 },
			zones: ['1', '2', '3'],
			properties: {
				orchestrationMode: 'Flexible',
				platformFaultDomainCount: 1,
				additionalCapabilities: { hibernationEnabled: true },
				provisioningState: 'Succeeded',
			},
		},
	],
	standbyVirtualMachinePools: [
		{
			subscriptionId: exampleSubscription,
			resourceGroup: 'rgstandbypool',
			name: 'pool',
			location: 'West US',
			tags: {},
			properties: {
				elasticityProfile: {
					maxReadyCapacity: 304,
					minReadyCapacity: 300,
					postProvisioningDelay: 'PT2S',
					dynamicSizing: { enabled: true },
				},
				virtualMachineState: 'Running',
				attachedVirtualMachineScaleSetId: `${group}/providers/Microsoft.Compute/virtualMachineScaleSets/myVmss`,
			},
		},
	],
	standbyContainerGroupPools: [
		{
			subscriptionId: exampleSubscription,
			resourceGroup: 'rgstandbypool',
			name: 'pool',
			location: 'West US',
			tags: {},
			properties: {
				elasticityProfile: { maxReadyCapacity: 688, refillPolicy: 'always', dynamicSizing: { enabled: true } },
				containerGroupProperties: {
					containerGroupProfile: {
						id: `${group}/providers/Microsoft.ContainerInstance/containerGroupProfiles/cgProfile`,
						revision: 1,
					},
					subnetIds: [{ id: `${group}/providers/Microsoft.Network/virtualNetworks/cgSubnet/subnets/cgSubnet` }],
				},
				zones: ['1', '2', '3'],
			},
		},
	],
	roleAssignments: ['Virtual Machine Contributor', 'Network Contributor', 'Managed Identity Operator'].map((role) => ({
		scope: `/subscriptions/${exampleSubscription}`,
		principalId: standbyPoolPrincipal.id,
		role,
	})),
};
