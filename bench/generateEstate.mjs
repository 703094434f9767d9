// Writes an emulator seed with a large estate: N subscriptions × M scale sets, a pool on every fifth.
// Usage: node bench/generateEstate.mjs <out.json> [subscriptions=20] [scaleSetsPerSubscription=250]
import fs from 'node:fs';

const [out, subscriptionCount = '20', scaleSetCount = '250'] = process.argv.slice(2);
if (!out) {
	console.error('usage: generateEstate.mjs <out.json> [subscriptions] [scaleSetsPerSubscription]');
	process.exit(2);
}

const tenantId = '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9';
const hex = (value, width) => value.toString(16).padStart(width, '0');
const regions = ['eastus', 'westus2', 'westeurope', 'northeurope'];
const seed = {
	tenants: [{ tenantId, displayName: 'Benchmark', defaultDomain: 'bench.onmicrosoft.com' }],
	subscriptions: [],
	scaleSets: [],
	standbyVirtualMachinePools: [],
	standbyContainerGroupPools: [],
	roleAssignments: [],
};

for (let s = 0; s < Number(subscriptionCount); s++) {
	const subscriptionId = `${hex(s + 1, 8)}-0000-4000-8000-${hex(s + 1, 12)}`;
	const resourceGroups = regions.map((location, index) => ({ name: `rg-${index}`, location }));
	seed.subscriptions.push({
		subscriptionId,
		displayName: `Benchmark ${String(s + 1).padStart(2, '0')}`,
		tenantId,
		state: 'Enabled',
		resourceGroups,
		providers: { 'Microsoft.StandbyPool': 'Registered', 'Microsoft.Compute': 'Registered' },
	});
	for (let v = 0; v < Number(scaleSetCount); v++) {
		const group = resourceGroups[v % resourceGroups.length];
		const name = `vmss-${String(v).padStart(4, '0')}`;
		seed.scaleSets.push({
			subscriptionId,
			resourceGroup: group.name,
			name,
			location: group.location,
			sku: { name: 'Standard_D2s_v5', tier: 'Standard', capacity: v % 7 },
			zones: v % 2 === 0 ? ['1', '2', '3'] : undefined,
			properties: { orchestrationMode: v % 10 === 9 ? 'Uniform' : 'Flexible', platformFaultDomainCount: 1 },
		});
		if (v % 5 === 0) {
			seed.standbyVirtualMachinePools.push({
				subscriptionId,
				resourceGroup: group.name,
				name: `pool-${String(v).padStart(4, '0')}`,
				location: group.location,
				properties: {
					elasticityProfile: { maxReadyCapacity: 10, minReadyCapacity: 2 },
					virtualMachineState: 'Deallocated',
					attachedVirtualMachineScaleSetId: `/subscriptions/${subscriptionId}/resourceGroups/${group.name}/providers/Microsoft.Compute/virtualMachineScaleSets/${name}`,
				},
			});
		}
	}
}

fs.writeFileSync(out, JSON.stringify(seed));
console.log(
	`wrote ${out}: ${seed.subscriptions.length} subscriptions, ${seed.scaleSets.length} scale sets, ${seed.standbyVirtualMachinePools.length} pools`,
);
