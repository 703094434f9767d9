import assert from 'node:assert/strict';
import { apiPool, batchPool, child, webPool, webPoolBody } from './helpers/poolRequests';
import { startTestEmulator, type TestEmulator } from './helpers/testEmulator';

describe('Emulator: standby VM pools, version by version', () => {
	let test: TestEmulator;

	before(async () => {
		test = await startTestEmulator();
	});

	after(async () => {
		await test.stop();
	});

	beforeEach(() => test.emulator.reset());

	async function expectBadRequest(version: string, body: unknown, target: string): Promise<any> {
		const response = await test.request('PUT', webPool(version), body);
		assert.equal(response.status, 400, JSON.stringify(response.body));
		assert.equal(response.body.error.target, target);
		return response.body.error;
	}

	it('answers InvalidApiVersionParameter listing the four supported versions', async () => {
		const response = await test.request('GET', apiPool('2023-01-01'));
		assert.equal(response.status, 400);
		assert.equal(response.body.error.code, 'InvalidApiVersionParameter');
		for (const version of ['2024-03-01', '2025-03-01', '2025-10-01', '2026-04-01']) {
			assert.ok(response.body.error.message.includes(version), version);
		}
	});

	it('knows Hibernated only from 2025-03-01', async () => {
		const error = await expectBadRequest(
			'2024-03-01',
			webPoolBody({ virtualMachineState: 'Hibernated' }),
			'properties.virtualMachineState',
		);
		assert.equal(error.code, 'BadRequest');
		assert.match(error.message, /Running, Deallocated/);
	});

	it('knows Mix and vmStateDistribution only from 2026-04-01', async () => {
		await expectBadRequest('2025-10-01', webPoolBody({ virtualMachineState: 'Mix' }), 'properties.virtualMachineState');
		await expectBadRequest(
			'2025-10-01',
			webPoolBody({ vmStateDistribution: { runningPercent: 100 } }),
			'properties.vmStateDistribution',
		);
	});

	it('knows postProvisioningDelay and dynamicSizing only from 2025-10-01', async () => {
		await expectBadRequest(
			'2025-03-01',
			webPoolBody({ elasticityProfile: { maxReadyCapacity: 5, postProvisioningDelay: 'PT2S' } }),
			'properties.elasticityProfile.postProvisioningDelay',
		);
		await expectBadRequest(
			'2025-03-01',
			webPoolBody({ elasticityProfile: { maxReadyCapacity: 5, dynamicSizing: { enabled: true } } }),
			'properties.elasticityProfile.dynamicSizing',
		);
		const accepted = await test.request(
			'PUT',
			webPool('2025-10-01'),
			webPoolBody({
				elasticityProfile: { maxReadyCapacity: 5, postProvisioningDelay: 'PT2S', dynamicSizing: { enabled: true } },
			}),
		);
		assert.equal(accepted.status, 201);
	});

	it('refuses maxReadyCapacity above 2000 before 2025-10-01 and accepts it afterwards', async () => {
		const body = webPoolBody({ elasticityProfile: { maxReadyCapacity: 2001 } });
		await expectBadRequest('2025-03-01', body, 'properties.elasticityProfile.maxReadyCapacity');
		await expectBadRequest('2024-03-01', body, 'properties.elasticityProfile.maxReadyCapacity');
		assert.equal((await test.request('PUT', webPool('2025-10-01'), body)).status, 201);
	});

	it('checks types and required fields with a target naming the property', async () => {
		await expectBadRequest(
			'2026-04-01',
			webPoolBody({ elasticityProfile: { maxReadyCapacity: 2.5 } }),
			'properties.elasticityProfile.maxReadyCapacity',
		);
		await expectBadRequest(
			'2026-04-01',
			webPoolBody({ elasticityProfile: { maxReadyCapacity: -1 } }),
			'properties.elasticityProfile.maxReadyCapacity',
		);
		await expectBadRequest(
			'2026-04-01',
			webPoolBody({ elasticityProfile: { minReadyCapacity: 1 } }),
			'properties.elasticityProfile.maxReadyCapacity',
		);
		await expectBadRequest(
			'2026-04-01',
			webPoolBody({ virtualMachineState: undefined }),
			'properties.virtualMachineState',
		);
		await expectBadRequest(
			'2026-04-01',
			webPoolBody({ virtualMachineState: 'Sleeping' }),
			'properties.virtualMachineState',
		);
		await expectBadRequest('2026-04-01', webPoolBody({ unknownThing: 1 }), 'properties.unknownThing');
		await expectBadRequest('2026-04-01', { properties: webPoolBody()['properties'] }, 'location');
		await expectBadRequest(
			'2026-04-01',
			webPoolBody({ elasticityProfile: { maxReadyCapacity: 5, postProvisioningDelay: '2 seconds' } }),
			'properties.elasticityProfile.postProvisioningDelay',
		);
		await expectBadRequest('2026-04-01', webPoolBody({}, { tags: { owner: 7 } }), 'tags.owner');
		const patch = await test.request('PATCH', apiPool(), {
			properties: { elasticityProfile: { minReadyCapacity: 1 } },
		});
		assert.equal(patch.status, 400);
		assert.equal(patch.body.error.target, 'properties.elasticityProfile.maxReadyCapacity');
	});

	it('accepts the envelope fields a client echoes back and enum values in any case', async () => {
		const pool = (await test.request('GET', apiPool())).body;
		pool.properties.virtualMachineState = 'running';
		const replaced = await test.request('PUT', apiPool(), pool);
		assert.equal(replaced.status, 200, JSON.stringify(replaced.body));
		assert.equal(replaced.body.properties.virtualMachineState, 'Running');
	});

	it('shows only the fields of the request version', async () => {
		await test.request(
			'PUT',
			webPool('2026-04-01'),
			webPoolBody({
				virtualMachineState: 'Mix',
				vmStateDistribution: { runningPercent: 40, deallocatedPercent: 60, hibernatedPercent: 0 },
				elasticityProfile: { maxReadyCapacity: 5, postProvisioningDelay: 'PT1M', dynamicSizing: { enabled: false } },
			}),
		);
		const newest = (await test.request('GET', webPool('2026-04-01'))).body.properties;
		assert.deepEqual(newest.vmStateDistribution, { runningPercent: 40, deallocatedPercent: 60, hibernatedPercent: 0 });
		assert.equal(newest.elasticityProfile.postProvisioningDelay, 'PT1M');
		const october = (await test.request('GET', webPool('2025-10-01'))).body.properties;
		assert.equal(october.vmStateDistribution, undefined);
		assert.equal(october.elasticityProfile.postProvisioningDelay, 'PT1M');
		const march = (await test.request('GET', webPool('2025-03-01'))).body.properties;
		assert.deepEqual(march.elasticityProfile, { maxReadyCapacity: 5 });
		assert.equal(march.virtualMachineState, 'Mix');
	});

	it('runtime views: lower-case states and no health before 2025-03-01; status and prediction afterwards', async () => {
		const old = (await test.request('GET', child(batchPool('2024-03-01'), '/runtimeViews/latest'))).body.properties;
		const states = old.instanceCountSummary[0].instanceCountsByState.map((entry: any) => entry.state);
		assert.deepEqual(states, ['creating', 'running', 'deallocating', 'deallocated', 'starting', 'deleting']);
		assert.equal(old.status, undefined);
		assert.equal(old.prediction, undefined);
		const current = (await test.request('GET', child(apiPool('2025-03-01'), '/runtimeViews/latest'))).body.properties;
		assert.equal(current.instanceCountSummary[0].instanceCountsByState.length, 8);
		assert.equal(current.status.code, 'HealthState/healthy');
		assert.equal(current.prediction.forecastValues.instancesRequestedCount.length, 12);
		const info = JSON.parse(current.prediction.forecastInfo);
		assert.equal(info.seriesUnitIntervalInMins, 60);
		assert.ok(Array.isArray(JSON.parse(info.instancesRequestedCount_recentHistory)));
	});
});
