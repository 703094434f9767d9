import assert from 'node:assert/strict';
import { apiPool, batchPool, child, webPool, webPoolBody } from './helpers/poolRequests';
import { seedIds, startTestEmulator, type TestEmulator } from './helpers/testEmulator';

const second = 1000;
const minute = 60 * second;

type Counts = Record<string, number>;

describe('Emulator: the living pool', () => {
	let test: TestEmulator;

	before(async () => {
		test = await startTestEmulator();
	});

	after(async () => {
		await test.stop();
	});

	beforeEach(() => test.emulator.reset());

	async function view(path: string): Promise<any> {
		const response = await test.request('GET', child(path, '/runtimeViews/latest'));
		assert.equal(response.status, 200, JSON.stringify(response.body));
		return response.body.properties;
	}

	/** Counts by state, summed over zones. */
	function totals(properties: any): Counts {
		const counts: Counts = {
			Creating: 0,
			Running: 0,
			Deallocating: 0,
			Deallocated: 0,
			Starting: 0,
			Deleting: 0,
			Hibernating: 0,
			Hibernated: 0,
		};
		for (const zone of properties.instanceCountSummary) {
			for (const { state, count } of zone.instanceCountsByState) {
				counts[state] = (counts[state] ?? 0) + count;
			}
		}
		return counts;
	}

	async function createWebPool(properties: Record<string, unknown>): Promise<void> {
		const created = await test.request('PUT', webPool(), webPoolBody(properties));
		assert.equal(created.status, 201, JSON.stringify(created.body));
		await test.request('GET', webPool());
	}

	it('fills a new pool over time, per zone, to max ready capacity minus the scale set capacity', async () => {
		await createWebPool({
			virtualMachineState: 'Deallocated',
			elasticityProfile: { maxReadyCapacity: 8, minReadyCapacity: 1 },
		});
		const empty = await view(webPool());
		assert.deepEqual(
			empty.instanceCountSummary.map((zone: any) => zone.zone),
			[1, 2, 3],
		);
		assert.equal(totals(empty)['Creating'], 0);

		test.emulator.advanceTime(5 * second);
		const creating = await view(webPool());
		assert.equal(totals(creating)['Creating'], 6);
		for (const zone of creating.instanceCountSummary) {
			assert.equal(zone.instanceCountsByState.find((entry: any) => entry.state === 'Creating').count, 2);
		}
		test.emulator.advanceTime(30 * second);
		assert.equal(totals(await view(webPool()))['Running'], 6);
		test.emulator.advanceTime(10 * second);
		assert.equal(totals(await view(webPool()))['Deallocating'], 6);
		test.emulator.advanceTime(30 * second);
		const full = totals(await view(webPool()));
		assert.equal(full['Deallocated'], 6);
		assert.equal((full['Creating'] ?? 0) + (full['Running'] ?? 0) + (full['Deallocating'] ?? 0), 0);
	});

	it('keeps at least min ready capacity, and deletes the surplus when max drops', async () => {
		assert.equal(totals(await view(apiPool()))['Deallocated'], 6);
		await test.request('PATCH', apiPool(), {
			properties: { elasticityProfile: { maxReadyCapacity: 3, minReadyCapacity: 2 } },
		});
		test.emulator.advanceTime(5 * second);
		const shrinking = totals(await view(apiPool()));
		assert.equal(shrinking['Deleting'], 4);
		test.emulator.advanceTime(20 * second);
		const shrunk = totals(await view(apiPool()));
		assert.equal(shrunk['Deallocated'], 2);
		assert.equal(shrunk['Deleting'], 0);
	});

	it('lists and gets the standby virtual machines with VM ids in the scale set resource group', async () => {
		const list = await test.request('GET', child(apiPool(), '/standbyVirtualMachines'));
		assert.equal(list.body.value.length, 6);
		const first = list.body.value[0];
		assert.match(first.name, /^api-vmss_[0-9a-f]{8}$/);
		assert.equal(first.type, 'Microsoft.StandbyPool/standbyVirtualMachinePools/standbyVirtualMachines');
		assert.equal(
			first.properties.virtualMachineResourceId,
			`/subscriptions/${seedIds.production}/resourceGroups/rg-api/providers/Microsoft.Compute/virtualMachines/${first.name}`,
		);
		const one = await test.request('GET', child(apiPool(), `/standbyVirtualMachines/${first.name}`));
		assert.equal(one.body.id, first.id);
		const missing = await test.request('GET', child(apiPool(), '/standbyVirtualMachines/not-a-vm'));
		assert.equal(missing.status, 404);
	});

	it('moves resting VMs through Starting when the state changes', async () => {
		await test.request('PATCH', apiPool(), { properties: { virtualMachineState: 'Running' } });
		test.emulator.advanceTime(5 * second);
		assert.equal(totals(await view(apiPool()))['Starting'], 6);
		test.emulator.advanceTime(20 * second);
		assert.equal(totals(await view(apiPool()))['Running'], 6);
	});

	it('splits a Mix pool by its distribution', async () => {
		await createWebPool({
			virtualMachineState: 'Mix',
			vmStateDistribution: { runningPercent: 20, deallocatedPercent: 80 },
			elasticityProfile: { maxReadyCapacity: 7 },
		});
		test.emulator.advanceTime(3 * minute);
		const counts = totals(await view(webPool()));
		assert.equal(counts['Running'], 1);
		assert.equal(counts['Deallocated'], 4);
	});

	it('is degraded, naming the missing roles, and never ready while the provider lacks them; healthy once assigned', async () => {
		const degraded = await view(batchPool());
		assert.equal(degraded.status.code, 'HealthState/degraded');
		assert.match(degraded.status.message, /Managed Identity Operator/);
		assert.equal(totals(degraded)['Hibernated'], 0);
		const recycled = (totals(degraded)['Creating'] ?? 0) + (totals(degraded)['Deleting'] ?? 0);
		assert.ok(recycled > 0, 'VMs are recycled');

		const scope = `/subscriptions/${seedIds.development}`;
		const assigned = await test.request(
			'PUT',
			`${scope}/providers/Microsoft.Authorization/roleAssignments/0d5b3c1e-7a2f-4f4e-9c1b-2e3d4f5a6b7c?api-version=2022-04-01`,
			{
				properties: {
					roleDefinitionId: `${scope}/providers/Microsoft.Authorization/roleDefinitions/f1a07417-d97a-45cb-824c-7a7467783830`,
					principalId: 'a7f5c2e1-3b4d-4c8e-9f60-1d2e3f4a5b6c',
					principalType: 'ServicePrincipal',
				},
			},
		);
		assert.equal(assigned.status, 201);
		test.emulator.advanceTime(5 * minute);
		const healthy = await view(batchPool());
		assert.equal(healthy.status.code, 'HealthState/healthy');
		assert.equal(totals(healthy)['Hibernated'], 4, 'max 6 minus capacity 2');
		assert.equal(healthy.instanceCountSummary[0].zone, undefined, 'a regional scale set has no zone');
	});

	it('has a prediction only once the pool is old enough', async () => {
		await createWebPool({});
		assert.equal((await view(webPool())).prediction, undefined);
		test.emulator.advanceTime(31 * minute);
		const prediction = (await view(webPool())).prediction;
		assert.equal(prediction.forecastValues.instancesRequestedCount.length, 12);
		assert.ok(Date.parse(prediction.forecastStartTime) > 0);
		assert.equal(typeof JSON.parse(prediction.forecastInfo).forecastAccuracy, 'number');
	});

	it('runs faster with a time scale', async () => {
		test.emulator.configure({ timeScale: 1000 });
		await createWebPool({});
		await new Promise((resolve) => setTimeout(resolve, 100));
		assert.equal(totals(await view(webPool()))['Running'], 3);
	});
});
