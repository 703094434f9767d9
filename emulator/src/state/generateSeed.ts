import { stableGuid } from './roleAssignmentFromSeed';
import type { SeedFile, SeedScaleSet, SeedVmPool } from './seedFile';
import { standbyPoolPrincipal } from './standbyPoolPrincipal';

export interface EstateSize {
	subscriptions: number;
	scaleSetsPerSubscription: number;
}

const regions = ['eastus', 'westus2', 'northeurope', 'westeurope'];
const maxScaleSets = 100_000;

/**
 * A large, deterministic estate for performance work: N subscriptions × M scale sets, mostly Flexible, some zonal,
 * some with hibernation, every other Flexible one with a pool, resource groups of up to 25 scale sets, and the
 * provider's roles in place.
 */
export function generateSeed(size: EstateSize): SeedFile {
	const { subscriptions, scaleSetsPerSubscription } = size;
	if (
		!Number.isInteger(subscriptions) ||
		!Number.isInteger(scaleSetsPerSubscription) ||
		subscriptions < 1 ||
		scaleSetsPerSubscription < 0
	) {
		throw new Error('generate needs whole numbers: subscriptions ≥ 1 and scaleSetsPerSubscription ≥ 0.');
	}
	if (subscriptions * scaleSetsPerSubscription > maxScaleSets || subscriptions > 1000) {
		throw new Error(`generate is limited to 1000 subscriptions and ${maxScaleSets} scale sets in all.`);
	}
	const tenantId = stableGuid('generated-tenant');
	const seed: Required<
		Pick<SeedFile, 'subscriptions' | 'scaleSets' | 'standbyVirtualMachinePools' | 'roleAssignments'>
	> &
		SeedFile = {
		tenants: [{ tenantId, displayName: 'Generated Estate', defaultDomain: 'generated.onmicrosoft.com' }],
		subscriptions: [],
		scaleSets: [],
		standbyVirtualMachinePools: [],
		roleAssignments: [],
	};
	for (let s = 0; s < subscriptions; s++) {
		const subscriptionId = stableGuid(`generated-subscription-${s}`);
		seed.subscriptions.push({ subscriptionId, displayName: `Estate ${String(s + 1).padStart(4, '0')}`, tenantId });
		for (const role of ['Virtual Machine Contributor', 'Network Contributor', 'Managed Identity Operator']) {
			seed.roleAssignments.push({
				scope: `/subscriptions/${subscriptionId}`,
				principalId: standbyPoolPrincipal.id,
				role,
			});
		}
		for (let index = 0; index < scaleSetsPerSubscription; index++) {
			const scaleSet = generatedScaleSet(subscriptionId, s, index);
			seed.scaleSets.push(scaleSet);
			const flexible = (scaleSet['properties'] as { orchestrationMode: string }).orchestrationMode === 'Flexible';
			if (flexible && index % 2 === 0) {
				seed.standbyVirtualMachinePools.push(generatedPool(scaleSet, index));
			}
		}
	}
	return seed;
}

function generatedScaleSet(subscriptionId: string, subscriptionIndex: number, index: number): SeedScaleSet {
	const location = regions[(subscriptionIndex + index) % regions.length] ?? 'eastus';
	const flexible = index % 5 !== 4;
	const scaleSet: SeedScaleSet = {
		subscriptionId,
		resourceGroup: `rg-${String(Math.floor(index / 25)).padStart(3, '0')}`,
		name: `vmss-${String(index).padStart(5, '0')}`,
		location,
		sku: { name: 'Standard_D2s_v5', tier: 'Standard', capacity: index % 4 },
		properties: {
			orchestrationMode: flexible ? 'Flexible' : 'Uniform',
			platformFaultDomainCount: 1,
			provisioningState: 'Succeeded',
			additionalCapabilities: { hibernationEnabled: index % 3 === 0 },
			virtualMachineProfile: {
				storageProfile: {
					imageReference: { publisher: 'Canonical', offer: 'ubuntu-24_04-lts', sku: 'server', version: 'latest' },
					osDisk: { createOption: 'FromImage', managedDisk: { storageAccountType: 'Premium_LRS' } },
				},
			},
		},
	};
	if (index % 2 === 0) {
		scaleSet['zones'] = ['1', '2', '3'];
	}
	return scaleSet;
}

function generatedPool(scaleSet: SeedScaleSet, index: number): SeedVmPool {
	return {
		subscriptionId: scaleSet.subscriptionId,
		resourceGroup: scaleSet.resourceGroup,
		name: `${scaleSet.name}-pool`,
		location: scaleSet.location,
		properties: {
			elasticityProfile: { maxReadyCapacity: 4 + (index % 4), minReadyCapacity: 1 },
			virtualMachineState: index % 4 === 0 ? 'Running' : 'Deallocated',
			attachedVirtualMachineScaleSetId: `/subscriptions/${scaleSet.subscriptionId}/resourceGroups/${scaleSet.resourceGroup}/providers/Microsoft.Compute/virtualMachineScaleSets/${scaleSet.name}`,
		},
	};
}
