import assert from 'node:assert/strict';
import { apiPool, child, webPool, webPoolBody } from './helpers/poolRequests';
import { seedIds, startTestEmulator, type TestEmulator } from './helpers/testEmulator';

describe('Emulator: standby VM pool create, read, update and delete', () => {
	let test: TestEmulator;

	before(async () => {
		test = await startTestEmulator({ operationDelayMs: 10_000 });
	});

	after(async () => {
		await test.stop();
	});

	beforeEach(() => test.emulator.reset());

	it('creates with 201, Azure-AsyncOperation on the emulator and Retry-After; the operation goes InProgress → Succeeded', async () => {
		const created = await test.request('PUT', webPool(), webPoolBody());
		assert.equal(created.status, 201);
		assert.equal(created.body.name, 'web-pool');
		assert.equal(created.body.type, 'Microsoft.StandbyPool/standbyVirtualMachinePools');
		assert.equal(created.body.properties.provisioningState, 'Creating');
		const operationUrl = String(created.headers['azure-asyncoperation']);
		assert.ok(
			operationUrl.startsWith(
				`${test.emulator.url}/subscriptions/${seedIds.production}/providers/Microsoft.StandbyPool/locations/eastus/operationStatuses/`,
			),
		);
		assert.match(operationUrl, /api-version=2026-04-01$/);
		assert.equal(created.headers['retry-after'], '10');

		const running = await test.request('GET', operationUrl);
		assert.equal(running.body.status, 'InProgress');
		assert.equal(running.body.resourceId, created.body.id);
		test.emulator.advanceTime(10_000);
		const done = await test.request('GET', operationUrl);
		assert.equal(done.body.status, 'Succeeded');
		assert.ok(done.body.endTime);
		const pool = await test.request('GET', webPool());
		assert.equal(pool.body.properties.provisioningState, 'Succeeded');
	});

	it('replaces with 200 and an operation; a change while it runs gets 409 AnotherOperationInProgress', async () => {
		const replaced = await test.request('PUT', apiPool(), {
			location: 'eastus',
			properties: {
				virtualMachineState: 'Running',
				elasticityProfile: { maxReadyCapacity: 12 },
				attachedVirtualMachineScaleSetId: seedIds.scaleSet(seedIds.production, 'rg-api', 'api-vmss'),
			},
		});
		assert.equal(replaced.status, 200);
		assert.ok(replaced.headers['azure-asyncoperation']);
		assert.equal(replaced.body.properties.provisioningState, 'Updating');
		assert.deepEqual(replaced.body.properties.elasticityProfile, { maxReadyCapacity: 12 });
		const patch = await test.request('PATCH', apiPool(), { tags: { a: 'b' } });
		assert.equal(patch.status, 409);
		assert.equal(patch.body.error.code, 'AnotherOperationInProgress');
	});

	it('lists by subscription and resource group, paging with nextLink', async () => {
		const bySubscription = await test.request(
			'GET',
			`/subscriptions/${seedIds.production}/providers/Microsoft.StandbyPool/standbyVirtualMachinePools?api-version=2026-04-01`,
		);
		assert.deepEqual(
			bySubscription.body.value.map((pool: any) => pool.name),
			['api-pool'],
		);
		await test.request('PUT', webPool(), webPoolBody());
		test.emulator.configure({ pageSize: 1 });
		const first = await test.request(
			'GET',
			`/subscriptions/${seedIds.production}/providers/Microsoft.StandbyPool/standbyVirtualMachinePools?api-version=2026-04-01`,
		);
		assert.equal(first.body.value.length, 1);
		const second = await test.request('GET', first.body.nextLink);
		assert.equal(second.body.value.length, 1);
		assert.equal(second.body.nextLink, undefined);
		const byGroup = await test.request(
			'GET',
			`/subscriptions/${seedIds.production}/resourceGroups/rg-web/providers/Microsoft.StandbyPool/standbyVirtualMachinePools?api-version=2026-04-01`,
		);
		assert.deepEqual(
			byGroup.body.value.map((pool: any) => pool.name),
			['web-pool'],
		);
	});

	it('gets a pool, and answers ResourceNotFound, ResourceGroupNotFound, SubscriptionNotFound', async () => {
		const pool = await test.request('GET', apiPool());
		assert.equal(pool.status, 200);
		assert.equal(pool.body.properties.virtualMachineState, 'Deallocated');
		const missing = await test.request('GET', webPool());
		assert.equal(missing.status, 404);
		assert.equal(missing.body.error.code, 'ResourceNotFound');
		const group = await test.request('GET', seedIds.poolPath(seedIds.production, 'rg-nope', 'web-pool'));
		assert.equal(group.body.error.code, 'ResourceGroupNotFound');
		const subscription = await test.request(
			'GET',
			seedIds.poolPath('00000000-0000-0000-0000-000000000001', 'rg', 'web-pool'),
		);
		assert.equal(subscription.body.error.code, 'SubscriptionNotFound');
	});

	it('patches synchronously, merging only the supplied fields', async () => {
		const patched = await test.request('PATCH', apiPool(), {
			tags: { owner: 'team-a' },
			properties: { elasticityProfile: { maxReadyCapacity: 20 } },
		});
		assert.equal(patched.status, 200);
		assert.equal(patched.headers['azure-asyncoperation'], undefined);
		assert.deepEqual(patched.body.tags, { owner: 'team-a' });
		assert.deepEqual(patched.body.properties.elasticityProfile, { maxReadyCapacity: 20, minReadyCapacity: 3 });
		assert.equal(patched.body.properties.virtualMachineState, 'Deallocated');
		assert.match(patched.body.properties.attachedVirtualMachineScaleSetId, /api-vmss$/);
		const missing = await test.request('PATCH', webPool(), { tags: {} });
		assert.equal(missing.status, 404);
	});

	it('deletes with 202, Location and Azure-AsyncOperation; Location answers 202 then 204; the pool is then gone', async () => {
		const deleted = await test.request('DELETE', apiPool());
		assert.equal(deleted.status, 202);
		assert.equal(deleted.text, '');
		const location = String(deleted.headers['location']);
		assert.ok(
			location.startsWith(
				`${test.emulator.url}/subscriptions/${seedIds.production}/providers/Microsoft.StandbyPool/locations/eastus/operationResults/`,
			),
		);
		assert.ok(String(deleted.headers['azure-asyncoperation']).includes('/operationStatuses/'));
		assert.ok(deleted.headers['retry-after']);
		const deleting = await test.request('GET', apiPool());
		assert.equal(deleting.body.properties.provisioningState, 'Deleting');
		assert.equal((await test.request('GET', location)).status, 202);

		test.emulator.advanceTime(10_000);
		assert.equal((await test.request('GET', location)).status, 204);
		assert.equal((await test.request('GET', apiPool())).status, 404);
		assert.equal((await test.request('DELETE', apiPool())).status, 204);
	});

	it('a delete during a create cancels the create', async () => {
		const created = await test.request('PUT', webPool(), webPoolBody());
		await test.request('DELETE', webPool());
		const operation = await test.request('GET', String(created.headers['azure-asyncoperation']));
		assert.equal(operation.body.status, 'Canceled');
		assert.equal(operation.body.error.code, 'OperationCanceled');
	});

	it('runtime views: list holds latest; other names are not found; invalid names are refused', async () => {
		const list = await test.request('GET', child(apiPool(), '/runtimeViews'));
		assert.deepEqual(
			list.body.value.map((view: any) => view.name),
			['latest'],
		);
		const other = await test.request('GET', child(apiPool(), '/runtimeViews/yesterday'));
		assert.equal(other.status, 404);
		const invalid = await test.request('GET', child(apiPool(), '/runtimeViews/not_valid!'));
		assert.equal(invalid.status, 400);
		assert.equal(invalid.body.error.code, 'InvalidResourceName');
	});

	it('refuses bad pool names and bodies that are not JSON', async () => {
		const name = await test.request('PUT', seedIds.poolPath(seedIds.production, 'rg-web', 'ab'), webPoolBody());
		assert.equal(name.status, 400);
		assert.equal(name.body.error.code, 'InvalidResourceName');
		const json = await test.request('PUT', webPool(), '{"location": "eastus", ');
		assert.equal(json.status, 400);
		assert.equal(json.body.error.code, 'InvalidRequestContent');
	});
});
