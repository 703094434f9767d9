import assert from 'node:assert/strict';
import { child } from './helpers/poolRequests';
import { seedIds, startTestEmulator, type TestEmulator } from './helpers/testEmulator';

const dev = seedIds.development;
const poolPath = (name: string, version = '2026-04-01'): string =>
	`/subscriptions/${dev}/resourceGroups/rg-aci/providers/Microsoft.StandbyPool/standbyContainerGroupPools/${name}?api-version=${version}`;
const profileId = `/subscriptions/${dev}/resourceGroups/rg-aci/providers/Microsoft.ContainerInstance/containerGroupProfiles/worker-profile`;

function body(properties: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		location: 'eastus',
		properties: {
			elasticityProfile: { maxReadyCapacity: 3, refillPolicy: 'always' },
			containerGroupProperties: { containerGroupProfile: { id: profileId, revision: 1 } },
			...properties,
		},
	};
}

describe('Emulator: standby container group pools', () => {
	let test: TestEmulator;

	before(async () => {
		test = await startTestEmulator();
	});

	after(async () => {
		await test.stop();
	});

	beforeEach(() => test.emulator.reset());

	it('lists the seeded pool by subscription and resource group, and gets it', async () => {
		const list = await test.request(
			'GET',
			`/subscriptions/${dev}/providers/Microsoft.StandbyPool/standbyContainerGroupPools?api-version=2026-04-01`,
		);
		assert.deepEqual(
			list.body.value.map((pool: any) => pool.name),
			['aci-pool'],
		);
		const pool = await test.request('GET', poolPath('aci-pool'));
		assert.equal(pool.body.type, 'Microsoft.StandbyPool/standbyContainerGroupPools');
		assert.deepEqual(pool.body.properties.zones, ['1', '2']);
		const old = await test.request('GET', poolPath('aci-pool', '2024-03-01'));
		assert.equal(old.body.properties.zones, undefined);
	});

	it('creates as a long-running operation, patches synchronously, deletes with 202 then 204', async () => {
		const created = await test.request('PUT', poolPath('new-pool'), body());
		assert.equal(created.status, 201);
		assert.ok(created.headers['azure-asyncoperation']);
		const patched = await test.request('PATCH', poolPath('new-pool'), {
			properties: { elasticityProfile: { maxReadyCapacity: 5 } },
		});
		assert.equal(patched.status, 200);
		assert.equal(patched.body.properties.elasticityProfile.maxReadyCapacity, 5);
		assert.equal(patched.body.properties.elasticityProfile.refillPolicy, 'always');
		const deleted = await test.request('DELETE', poolPath('new-pool'));
		assert.equal(deleted.status, 202);
		assert.ok(deleted.headers['location']);
		await test.request('GET', poolPath('new-pool'));
		assert.equal((await test.request('DELETE', poolPath('new-pool'))).status, 204);
	});

	it('validates per version: zones from 2025-03-01, dynamicSizing from 2025-10-01, capacity ≤ 2000 before', async () => {
		const zones = await test.request('PUT', poolPath('new-pool', '2024-03-01'), body({ zones: ['1'] }));
		assert.equal(zones.status, 400);
		assert.equal(zones.body.error.target, 'properties.zones');
		const sizing = await test.request(
			'PUT',
			poolPath('new-pool', '2025-03-01'),
			body({ elasticityProfile: { maxReadyCapacity: 3, dynamicSizing: { enabled: true } } }),
		);
		assert.equal(sizing.body.error.target, 'properties.elasticityProfile.dynamicSizing');
		const big = await test.request(
			'PUT',
			poolPath('new-pool', '2025-03-01'),
			body({ elasticityProfile: { maxReadyCapacity: 2001 } }),
		);
		assert.equal(big.body.error.target, 'properties.elasticityProfile.maxReadyCapacity');
		const profile = await test.request(
			'PUT',
			poolPath('new-pool'),
			body({ containerGroupProperties: { containerGroupProfile: { id: 'nope' } } }),
		);
		assert.equal(profile.body.error.code, 'LinkedInvalidPropertyId');
		const missing = await test.request('PUT', poolPath('new-pool'), {
			location: 'eastus',
			properties: { elasticityProfile: { maxReadyCapacity: 1 } },
		});
		assert.equal(missing.body.error.target, 'properties.containerGroupProperties');
	});

	it('has a runtime view with container states per zone, and none of that before 2025-03-01', async () => {
		const current = (await test.request('GET', child(poolPath('aci-pool'), '/runtimeViews/latest'))).body;
		assert.equal(current.type, 'Microsoft.StandbyPool/standbyContainerGroupPools/runtimeViews');
		assert.deepEqual(
			current.properties.instanceCountSummary.map((zone: any) => zone.zone),
			[1, 2],
		);
		const states = current.properties.instanceCountSummary[0].instanceCountsByState.map((entry: any) => entry.state);
		assert.deepEqual(states, ['Creating', 'Running', 'Deleting']);
		const running = current.properties.instanceCountSummary.reduce(
			(sum: number, zone: any) =>
				sum + zone.instanceCountsByState.find((entry: any) => entry.state === 'Running').count,
			0,
		);
		assert.equal(running, 4);
		assert.equal(current.properties.status.code, 'HealthState/healthy');
		const old = (await test.request('GET', child(poolPath('aci-pool', '2024-03-01'), '/runtimeViews'))).body.value[0]
			.properties;
		assert.equal(old.instanceCountSummary.length, 1);
		assert.equal(old.instanceCountSummary[0].zone, undefined);
		assert.equal(old.instanceCountSummary[0].instanceCountsByState[1].state, 'running');
		assert.equal(old.status, undefined);
	});
});
