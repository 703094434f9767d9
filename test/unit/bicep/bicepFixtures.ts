import type { ScaleSetSummary } from '../../../src/core/azure/scaleSetModels';
import type { StandbyVirtualMachinePool } from '../../../src/core/azure/standbyPoolModels';
import type { AzureChoices } from '../../../src/features/bicep/azureChoices';

export const subscriptionId = '00000000-0000-0000-0000-000000000009';

export function scaleSetId(name: string, resourceGroup: string): string {
	return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.Compute/virtualMachineScaleSets/${name}`;
}

export function scaleSet(
	name: string,
	resourceGroup: string,
	location: string,
	orchestrationMode: string | undefined = 'Flexible',
): ScaleSetSummary {
	return {
		id: scaleSetId(name, resourceGroup),
		name,
		subscriptionId,
		resourceGroup,
		location,
		orchestrationMode,
		capacity: 2,
		zones: [],
		platformFaultDomainCount: 1,
		hibernationEnabled: false,
		ephemeralOsDisk: false,
		galleryImage: false,
	};
}

/** Two scale sets in two resource groups and regions, as a signed-in user might have. */
export const sampleChoices: AzureChoices = {
	scaleSets: [
		{ id: scaleSetId('api-vmss', 'rg-api'), name: 'api-vmss', resourceGroup: 'rg-api', location: 'westeurope' },
		{ id: scaleSetId('web-vmss', 'rg-web'), name: 'web-vmss', resourceGroup: 'rg-web', location: 'eastus' },
	],
	locations: ['eastus', 'westeurope'],
};

function poolId(name: string): string {
	return `/subscriptions/${subscriptionId}/resourceGroups/rg-web/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/${name}`;
}

/** Pools as the service returns them, from the plainest to every property the newest version has. */
export const exportCases: Readonly<Record<string, StandbyVirtualMachinePool>> = {
	minimal: {
		id: poolId('web-pool'),
		name: 'web-pool',
		type: 'Microsoft.StandbyPool/standbyVirtualMachinePools',
		location: 'eastus',
		properties: {
			virtualMachineState: 'Deallocated',
			elasticityProfile: { maxReadyCapacity: 5, minReadyCapacity: 1 },
			attachedVirtualMachineScaleSetId: scaleSetId('web-vmss', 'rg-web'),
			provisioningState: 'Succeeded',
		},
	},
	everyProperty: {
		id: poolId('mixed-pool'),
		name: 'mixed-pool',
		type: 'Microsoft.StandbyPool/standbyVirtualMachinePools',
		location: 'West US',
		tags: {
			env: 'prod',
			'cost-center': '42',
			owner: "O'Brien",
			template: '${not-an-interpolation}',
			note: '[not an expression]',
		},
		properties: {
			elasticityProfile: {
				maxReadyCapacity: 304,
				minReadyCapacity: 300,
				postProvisioningDelay: 'PT2S',
				dynamicSizing: { enabled: true },
			},
			virtualMachineState: 'Mix',
			vmStateDistribution: { runningPercent: 20, deallocatedPercent: 80, hibernatedPercent: 0 },
			attachedVirtualMachineScaleSetId: scaleSetId('myVmss', 'rgstandbypool'),
			provisioningState: 'Succeeded',
		},
		systemData: { createdBy: 'someone@example.com', createdAt: '2026-04-02T10:00:00Z' },
	},
	emptyTagsNoScaleSet: {
		id: poolId('detached'),
		name: 'detached',
		location: 'eastus',
		tags: {},
		properties: { virtualMachineState: 'Running' },
	},
};

/** A pool from a newer service version, with a property this client does not know. */
export const poolWithUnknownProperty: StandbyVirtualMachinePool = {
	...(exportCases['minimal'] as StandbyVirtualMachinePool),
	properties: {
		...(exportCases['minimal'] as StandbyVirtualMachinePool).properties,
		futureSetting: { mode: 'Fast', weights: [1, 2] },
	} as StandbyVirtualMachinePool['properties'],
};
