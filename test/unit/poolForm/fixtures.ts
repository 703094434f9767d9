import { defaultValues } from '../../../src/features/poolForm/poolRequests';
import type { PoolFormContext, PoolFormValues, ScaleSetFacts } from '../../../src/features/poolForm/poolFormModel';
import type { StandbyVirtualMachinePool } from '../../../src/core/azure/standbyPoolModels';

export const subscriptionId = '00000000-0000-0000-0000-000000000009';
export const scaleSetId = `/subscriptions/${subscriptionId}/resourceGroups/rg-web/providers/Microsoft.Compute/virtualMachineScaleSets/web-vmss`;
export const poolId = `/subscriptions/${subscriptionId}/resourceGroups/rg-web/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/web-pool`;

export function scaleSet(overrides: Partial<ScaleSetFacts> = {}): ScaleSetFacts {
	return {
		id: scaleSetId,
		name: 'web-vmss',
		subscriptionId,
		resourceGroup: 'rg-web',
		location: 'eastus',
		orchestrationMode: 'Flexible',
		capacity: 2,
		hibernationEnabled: true,
		ephemeralOsDisk: false,
		platformFaultDomainCount: 1,
		otherPoolName: undefined,
		...overrides,
	};
}

export function createContext(overrides: Partial<PoolFormContext> = {}): PoolFormContext {
	return {
		target: { mode: 'create', scaleSetId },
		apiVersion: '2026-04-01',
		subscriptionId,
		resourceGroup: 'rg-web',
		location: 'eastus',
		scaleSetId,
		scaleSet: scaleSet(),
		originalValues: undefined,
		originalPool: undefined,
		connectionLabel: 'Local emulator',
		...overrides,
	};
}

export function values(overrides: Partial<PoolFormValues> = {}): PoolFormValues {
	return { ...defaultValues(scaleSet()), name: 'web-pool', ...overrides };
}

/** A pool as the service returns it, with a property this client does not know. */
export function existingPool(
	overrides: Partial<StandbyVirtualMachinePool['properties']> = {},
): StandbyVirtualMachinePool {
	return {
		id: poolId,
		name: 'web-pool',
		type: 'Microsoft.StandbyPool/standbyVirtualMachinePools',
		location: 'eastus',
		tags: { team: 'web' },
		systemData: { createdBy: 'someone' },
		properties: {
			elasticityProfile: {
				maxReadyCapacity: 10,
				minReadyCapacity: 2,
				futureSetting: 'keep me',
			} as unknown as NonNullable<StandbyVirtualMachinePool['properties']['elasticityProfile']>,
			virtualMachineState: 'Deallocated',
			attachedVirtualMachineScaleSetId: scaleSetId,
			provisioningState: 'Succeeded',
			unknownTopLevel: { nested: true },
			...overrides,
		} as StandbyVirtualMachinePool['properties'],
	};
}

export function editContext(
	pool: StandbyVirtualMachinePool,
	original: PoolFormValues,
	overrides: Partial<PoolFormContext> = {},
): PoolFormContext {
	return createContext({
		target: { mode: 'edit', poolId: pool.id },
		scaleSet: scaleSet({ otherPoolName: undefined }),
		originalValues: original,
		originalPool: pool,
		...overrides,
	});
}
