import * as assert from 'node:assert/strict';
import type { ScaleSetSummary } from '../../../src/core/azure/scaleSetModels';
import { toScaleSetSummary } from '../../../src/core/azure/scaleSetMapping';
import type { StandbyVirtualMachinePool } from '../../../src/core/azure/standbyPoolModels';
import {
	effectiveTarget,
	forecastLine,
	poolDisplay,
	runtimeViewLines,
	scaleSetDisplay,
} from '../../../src/features/tree/treeItemMapping';

const scaleSet: ScaleSetSummary = {
	id: '/subscriptions/s/resourceGroups/rg-web/providers/Microsoft.Compute/virtualMachineScaleSets/web-vmss',
	name: 'web-vmss',
	subscriptionId: 's',
	resourceGroup: 'rg-web',
	location: 'eastus',
	orchestrationMode: 'Flexible',
	capacity: 2,
	zones: ['1', '2', '3'],
	platformFaultDomainCount: 1,
	hibernationEnabled: false,
	ephemeralOsDisk: false,
	galleryImage: false,
};

function pool(overrides: Partial<StandbyVirtualMachinePool['properties']> = {}): StandbyVirtualMachinePool {
	return {
		id: '/subscriptions/s/resourceGroups/rg-web/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/web-pool',
		name: 'web-pool',
		location: 'eastus',
		properties: {
			virtualMachineState: 'Deallocated',
			elasticityProfile: { maxReadyCapacity: 5, minReadyCapacity: 1 },
			attachedVirtualMachineScaleSetId: scaleSet.id,
			provisioningState: 'Succeeded',
			...overrides,
		},
	};
}

describe('scale set display', () => {
	it('shows resource group, region, orchestration, instances and zones', () => {
		const display = scaleSetDisplay(scaleSet, undefined);
		assert.equal(display.label, 'web-vmss');
		assert.equal(display.description, 'rg-web · eastus · Flexible · 2 instances · zones 1,2,3');
		assert.equal(display.contextValue, 'scaleSet;flexible;noPool');
	});

	it('marks a Uniform scale set as not supported, so it offers no Create', () => {
		const display = scaleSetDisplay({ ...scaleSet, orchestrationMode: 'Uniform', zones: [] }, undefined);
		assert.match(display.description, /Uniform \(not supported\)/);
		assert.equal(display.contextValue, 'scaleSet;notFlexible;noPool');
	});

	it('treats a missing orchestration mode as not Flexible', () => {
		const display = scaleSetDisplay({ ...scaleSet, orchestrationMode: undefined }, undefined);
		assert.equal(display.contextValue, 'scaleSet;notFlexible;noPool');
	});

	it('says a scale set already has a pool', () => {
		assert.equal(scaleSetDisplay(scaleSet, pool()).contextValue, 'scaleSet;flexible;hasPool');
	});
});

describe('pool display', () => {
	it('shows state, min–max ready capacity and provisioning state', () => {
		const display = poolDisplay(pool(), scaleSet);
		assert.equal(display.description, 'Deallocated · 1–5 ready · Succeeded');
		assert.equal(display.contextValue, 'pool;deallocated;succeeded');
		assert.match(display.tooltip, /Target size: 3 VMs \(max ready capacity 5 minus the scale set's 2 instances\)/);
	});

	it('warns when the pool can never hold a VM', () => {
		const display = poolDisplay(pool({ elasticityProfile: { maxReadyCapacity: 2 } }), scaleSet);
		assert.match(display.description, /pool stays empty/);
		assert.equal(effectiveTarget(pool({ elasticityProfile: { maxReadyCapacity: 2 } }), scaleSet), 0);
	});

	it('shows unknown states and other letter cases as they come', () => {
		const display = poolDisplay(
			pool({ virtualMachineState: 'SomethingNew', provisioningState: 'updating' }),
			undefined,
		);
		assert.match(display.description, /^SomethingNew · 1–5 ready · updating$/);
		assert.equal(display.icon, 'question');
		assert.equal(poolDisplay(pool({ virtualMachineState: 'running' }), scaleSet).icon, 'play-circle');
	});

	it('flags a failed pool with an error icon', () => {
		assert.equal(poolDisplay(pool({ provisioningState: 'Failed' }), scaleSet).icon, 'error');
	});
});

describe('runtime view lines', () => {
	it('shows one line per zone with counts by state, and the health', () => {
		const lines = runtimeViewLines({
			properties: {
				instanceCountSummary: [
					{
						zone: 1,
						instanceCountsByState: [
							{ state: 'Running', count: 2 },
							{ state: 'Creating', count: 1 },
							{ state: 'Deallocated', count: 0 },
						],
					},
					{ zone: 2, instanceCountsByState: [] },
				],
				status: { code: 'HealthState/degraded', message: 'The resource provider lacks roles.' },
			},
		});
		assert.deepEqual(
			lines.map((line) => `${line.label}: ${line.description}`),
			[
				'Zone 1: 3 VMs: 2 Running, 1 Creating',
				'Zone 2: no VMs yet',
				'Health: degraded: The resource provider lacks roles.',
			],
		);
	});

	it('shows a regional pool as one line', () => {
		const lines = runtimeViewLines({
			properties: { instanceCountSummary: [{ instanceCountsByState: [{ state: 'deallocated', count: 4 }] }] },
		});
		assert.deepEqual(
			lines.map((line) => `${line.label}: ${line.description}`),
			['All VMs: 4 VMs: 4 deallocated'],
		);
	});
});

describe('scale set mapping', () => {
	it('reads the fields from an Azure response, with safe defaults', () => {
		const summary = toScaleSetSummary({
			id: scaleSet.id,
			location: 'eastus',
			properties: {
				orchestrationMode: 'Flexible',
				additionalCapabilities: { hibernationEnabled: true },
				virtualMachineProfile: {
					storageProfile: {
						imageReference: {
							id: '/subscriptions/s/resourceGroups/g/providers/Microsoft.Compute/galleries/gal/images/img',
						},
						osDisk: { diffDiskSettings: { option: 'Local' } },
					},
				},
			},
		});
		assert.equal(summary?.name, 'web-vmss');
		assert.equal(summary?.capacity, 0);
		assert.deepEqual(summary?.zones, []);
		assert.equal(summary?.hibernationEnabled, true);
		assert.equal(summary?.ephemeralOsDisk, true);
		assert.equal(summary?.galleryImage, true);
	});

	it('reads the flattened shape that @azure/arm-compute returns', () => {
		const summary = toScaleSetSummary({
			id: scaleSet.id,
			location: 'eastus',
			sku: { capacity: 2 },
			orchestrationMode: 'Flexible',
			platformFaultDomainCount: 1,
			additionalCapabilities: { hibernationEnabled: true },
		});
		assert.equal(summary?.orchestrationMode, 'Flexible');
		assert.equal(summary?.hibernationEnabled, true);
		assert.equal(summary?.platformFaultDomainCount, 1);
		assert.equal(summary?.capacity, 2);
	});

	it('skips a scale set without a usable id', () => {
		assert.equal(toScaleSetSummary({ name: 'x' }), undefined);
	});
});

describe('forecast line', () => {
	it('reads accuracy and interval from the JSON string and shows the next values', () => {
		const line = forecastLine({
			forecastStartTime: '2026-12-04T14:00:00Z',
			forecastInfo:
				'{"forecastAccuracy": 85, "seriesUnitIntervalInMins": 60, "instancesRequestedCount_recentHistory": "[1,2]"}',
			forecastValues: { instancesRequestedCount: [3, 4, 6, 2, 1, 0, 9, 9] },
		});
		assert.equal(line?.label, 'Forecast (85% accurate)');
		assert.equal(line?.description, '3, 4, 6, 2, 1, 0 … VMs requested per hour from 2026-12-04 14:00');
	});

	it('survives a forecastInfo that is not JSON', () => {
		const line = forecastLine({ forecastInfo: '{not json', forecastValues: { instancesRequestedCount: [1] } });
		assert.equal(line?.label, 'Forecast');
	});

	it('shows nothing without forecast values', () => {
		assert.equal(forecastLine(undefined), undefined);
		assert.equal(forecastLine({ forecastValues: { instancesRequestedCount: [] } }), undefined);
	});
});
