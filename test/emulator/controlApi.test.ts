import assert from 'node:assert/strict';
import { apiPool, webPool, webPoolBody } from './helpers/poolRequests';
import { seedIds, startTestEmulator, type TestEmulator } from './helpers/testEmulator';

describe('Emulator: the control API', () => {
	let test: TestEmulator;

	before(async () => {
		test = await startTestEmulator({ operationDelayMs: 0 });
	});

	after(async () => {
		await test.stop();
	});

	beforeEach(() => test.emulator.reset());

	it('reports the whole state, with a request log of method, path, api-version and status only', async () => {
		await test.request('PUT', webPool(), webPoolBody());
		const state = (await test.request('GET', '/_emulator/state')).body;
		assert.deepEqual(Object.keys(state).sort(), [
			'config',
			'faults',
			'operations',
			'requestLog',
			'roleAssignments',
			'scaleSets',
			'standbyContainerGroupPools',
			'standbyVirtualMachinePools',
			'subscriptions',
			'tenants',
			'time',
		]);
		assert.equal(state.scaleSets.length, 5);
		assert.ok(state.standbyVirtualMachinePools.some((pool: any) => pool.name === 'web-pool'));
		assert.equal(state.operations[0].status, 'Succeeded');
		const entry = state.requestLog[0];
		assert.deepEqual(Object.keys(entry).sort(), ['apiVersion', 'method', 'path', 'status', 'time']);
		assert.equal(entry.method, 'PUT');
		assert.equal(entry.apiVersion, '2026-04-01');
		assert.equal(entry.status, 201);
	});

	it('resets to the seed: created pools, faults, the log and the config go', async () => {
		await test.request('PUT', webPool(), webPoolBody());
		await test.request('POST', '/_emulator/faults', { path: 'x', status: 500 });
		await test.request('POST', '/_emulator/config', { pageSize: 1 });
		assert.equal((await test.request('POST', '/_emulator/reset')).status, 200);
		const state = (await test.request('GET', '/_emulator/state')).body;
		assert.deepEqual(state.standbyVirtualMachinePools.map((pool: any) => pool.name).sort(), ['api-pool', 'batch-pool']);
		assert.deepEqual(state.faults, []);
		assert.deepEqual(state.requestLog, []);
		assert.equal(state.config.pageSize, 100);
	});

	it('loads a seed given to reset, and generates a large estate', async () => {
		const seed = {
			subscriptions: [
				{
					subscriptionId: '11111111-2222-4333-8444-555555555555',
					displayName: 'Tiny',
					tenantId: '11111111-2222-4333-8444-666666666666',
				},
			],
		};
		await test.request('POST', '/_emulator/reset', { seed });
		const one = await test.request('GET', '/subscriptions?api-version=2022-12-01');
		assert.deepEqual(
			one.body.value.map((subscription: any) => subscription.displayName),
			['Tiny'],
		);
		assert.equal((await test.request('POST', '/_emulator/reset', { seed: { subscriptions: 'no' } })).status, 400);

		await test.request('POST', '/_emulator/reset', { generate: { subscriptions: 3, scaleSetsPerSubscription: 40 } });
		const subscriptions = (await test.request('GET', '/subscriptions?api-version=2022-12-01')).body.value;
		assert.equal(subscriptions.length, 3);
		const scaleSets = await test.request(
			'GET',
			`/subscriptions/${subscriptions[0].subscriptionId}/providers/Microsoft.Compute/virtualMachineScaleSets?api-version=2025-11-01`,
		);
		assert.equal(scaleSets.body.value.length, 40);
		const pools = await test.request(
			'GET',
			`/subscriptions/${subscriptions[0].subscriptionId}/providers/Microsoft.StandbyPool/standbyVirtualMachinePools?api-version=2026-04-01`,
		);
		assert.equal(pools.body.value.length, 16);
	});

	it('changes the config and refuses bad values', async () => {
		const changed = await test.request('POST', '/_emulator/config', { operationDelayMs: 2500, timeScale: 10 });
		assert.equal(changed.body.operationDelayMs, 2500);
		assert.equal(changed.body.timeScale, 10);
		assert.equal((await test.request('POST', '/_emulator/config', { pageSize: 0 })).status, 400);
		assert.equal((await test.request('POST', '/_emulator/config', { colour: 'blue' })).status, 400);
	});

	it('moves emulated time forward', async () => {
		const before = Date.parse((await test.request('GET', '/_emulator/state')).body.time);
		const moved = await test.request('POST', '/_emulator/time', { advanceMs: 3_600_000 });
		assert.ok(Date.parse(moved.body.time) - before >= 3_600_000);
		assert.equal((await test.request('POST', '/_emulator/time', { advanceMs: -1 })).status, 400);
	});

	it('removes resources as if deleted elsewhere, and adds scale sets', async () => {
		const removed = await test.request('DELETE', '/_emulator/resources', {
			ids: [
				`/subscriptions/${seedIds.production}/resourceGroups/rg-api/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/api-pool`,
				'/subscriptions/none',
			],
		});
		assert.equal(removed.body.removed, 1);
		assert.deepEqual(removed.body.unmatched, ['/subscriptions/none']);
		assert.equal((await test.request('GET', apiPool())).status, 404);

		await test.request('PUT', '/_emulator/resources', {
			scaleSets: [
				{
					subscriptionId: seedIds.production,
					resourceGroup: 'rg-new',
					name: 'new-vmss',
					location: 'eastus',
					sku: { capacity: 1 },
					properties: { orchestrationMode: 'Flexible' },
				},
			],
		});
		const scaleSet = await test.request(
			'GET',
			`/subscriptions/${seedIds.production}/resourceGroups/rg-new/providers/Microsoft.Compute/virtualMachineScaleSets/new-vmss?api-version=2025-11-01`,
		);
		assert.equal(scaleSet.status, 200);

		await test.request('DELETE', '/_emulator/resources', {
			ids: [`/subscriptions/${seedIds.production}/resourceGroups/rg-new`],
		});
		const group = await test.request(
			'GET',
			`/subscriptions/${seedIds.production}/resourceGroups/rg-new/providers/Microsoft.Compute/virtualMachineScaleSets/new-vmss?api-version=2025-11-01`,
		);
		assert.equal(group.body.error.code, 'ResourceGroupNotFound');
		assert.equal((await test.request('DELETE', '/_emulator/resources', { ids: 'all' })).status, 400);
	});

	it('refuses resources that do not fit the seed format', async () => {
		const response = await test.request('PUT', '/_emulator/resources', { scaleSets: [{ name: 'no-place' }] });
		assert.equal(response.status, 400);
		assert.match(response.body.error.message, /scaleSets\[0\]/);
	});
});
