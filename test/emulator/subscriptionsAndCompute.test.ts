import assert from 'node:assert/strict';
import { seedIds, startTestEmulator, type TestEmulator } from './helpers/testEmulator';

const compute = '2025-11-01';

describe('Emulator: subscriptions, resource groups and scale sets', () => {
	let test: TestEmulator;

	before(async () => {
		test = await startTestEmulator();
	});

	after(async () => {
		await test.stop();
	});

	beforeEach(() => test.emulator.reset());

	it('lists the seeded subscriptions in the 2022-12-01 shape', async () => {
		const response = await test.request('GET', '/subscriptions?api-version=2022-12-01');
		assert.equal(response.status, 200);
		const names = response.body.value.map((subscription: any) => subscription.displayName);
		assert.deepEqual(names, ['Contoso Production', 'Contoso Development']);
		const first = response.body.value[0];
		assert.equal(first.id, `/subscriptions/${seedIds.production}`);
		assert.equal(first.subscriptionId, seedIds.production);
		assert.equal(first.state, 'Enabled');
		assert.equal(first.authorizationSource, 'RoleBased');
		assert.match(first.tenantId, /^[0-9a-f-]{36}$/);
		assert.equal(typeof first.subscriptionPolicies.spendingLimit, 'string');
	});

	it('gets one subscription, and answers SubscriptionNotFound or InvalidSubscriptionId for others', async () => {
		const found = await test.request('GET', `/subscriptions/${seedIds.production}?api-version=2022-12-01`);
		assert.equal(found.body.displayName, 'Contoso Production');
		const missing = await test.request(
			'GET',
			'/subscriptions/00000000-0000-0000-0000-000000000001?api-version=2022-12-01',
		);
		assert.equal(missing.status, 404);
		assert.equal(missing.body.error.code, 'SubscriptionNotFound');
		const malformed = await test.request('GET', '/subscriptions/not-a-guid?api-version=2022-12-01');
		assert.equal(malformed.status, 400);
		assert.equal(malformed.body.error.code, 'InvalidSubscriptionId');
	});

	it('requires a known api-version', async () => {
		const missing = await test.request('GET', '/subscriptions');
		assert.equal(missing.status, 400);
		assert.equal(missing.body.error.code, 'MissingApiVersionParameter');
		const wrong = await test.request('GET', '/subscriptions?api-version=1999-01-01');
		assert.equal(wrong.status, 400);
		assert.equal(wrong.body.error.code, 'InvalidApiVersionParameter');
		assert.match(wrong.body.error.message, /2022-12-01/);
	});

	it('lists tenants and resource groups', async () => {
		const tenants = await test.request('GET', '/tenants?api-version=2022-12-01');
		assert.equal(tenants.body.value[0].displayName, 'Contoso');
		const groups = await test.request(
			'GET',
			`/subscriptions/${seedIds.production}/resourcegroups?api-version=2025-04-01`,
		);
		assert.deepEqual(
			groups.body.value.map((group: any) => group.name),
			['rg-api', 'rg-web', 'rg-legacy'],
		);
		const missing = await test.request(
			'GET',
			`/subscriptions/${seedIds.production}/resourceGroups/rg-nope?api-version=2025-04-01`,
		);
		assert.equal(missing.body.error.code, 'ResourceGroupNotFound');
	});

	it('lists scale sets by subscription and by resource group, matching paths without regard to case', async () => {
		const all = await test.request(
			'GET',
			`/subscriptions/${seedIds.production}/providers/Microsoft.Compute/virtualMachineScaleSets?api-version=${compute}`,
		);
		assert.deepEqual(all.body.value.map((scaleSet: any) => scaleSet.name).sort(), [
			'api-vmss',
			'legacy-vmss',
			'web-vmss',
		]);
		const group = await test.request(
			'GET',
			`/subscriptions/${seedIds.production}/resourcegroups/RG-WEB/providers/microsoft.compute/virtualmachinescalesets?api-version=${compute}`,
		);
		assert.deepEqual(
			group.body.value.map((scaleSet: any) => scaleSet.name),
			['web-vmss'],
		);
	});

	it('gets a scale set with the fields the extension reads', async () => {
		const response = await test.request(
			'GET',
			`/subscriptions/${seedIds.production}/resourceGroups/rg-web/providers/Microsoft.Compute/virtualMachineScaleSets/web-vmss?api-version=${compute}`,
		);
		const scaleSet = response.body;
		assert.equal(scaleSet.id, seedIds.scaleSet(seedIds.production, 'rg-web', 'web-vmss'));
		assert.equal(scaleSet.type, 'Microsoft.Compute/virtualMachineScaleSets');
		assert.equal(scaleSet.location, 'eastus');
		assert.deepEqual(scaleSet.zones, ['1', '2', '3']);
		assert.deepEqual(scaleSet.sku, { name: 'Standard_D2s_v5', tier: 'Standard', capacity: 2 });
		assert.equal(scaleSet.properties.orchestrationMode, 'Flexible');
		assert.equal(scaleSet.properties.platformFaultDomainCount, 1);
		assert.equal(scaleSet.properties.virtualMachineProfile.storageProfile.imageReference.publisher, 'Canonical');
	});

	it('seeds a hibernation-enabled, an ephemeral-disk and a Uniform scale set', async () => {
		const list = await test.request(
			'GET',
			`/subscriptions/${seedIds.development}/providers/Microsoft.Compute/virtualMachineScaleSets?api-version=${compute}`,
		);
		const byName = Object.fromEntries(list.body.value.map((scaleSet: any) => [scaleSet.name, scaleSet]));
		assert.equal(byName['batch-vmss'].properties.additionalCapabilities.hibernationEnabled, true);
		assert.equal(byName['batch-vmss'].zones, undefined);
		assert.equal(
			byName['ephemeral-vmss'].properties.virtualMachineProfile.storageProfile.osDisk.diffDiskSettings.option,
			'Local',
		);
		const legacy = await test.request(
			'GET',
			`/subscriptions/${seedIds.production}/resourceGroups/rg-legacy/providers/Microsoft.Compute/virtualMachineScaleSets/legacy-vmss?api-version=${compute}`,
		);
		assert.equal(legacy.body.properties.orchestrationMode, 'Uniform');
	});

	it('answers ResourceNotFound and ResourceGroupNotFound for scale sets', async () => {
		const missing = await test.request(
			'GET',
			`/subscriptions/${seedIds.production}/resourceGroups/rg-web/providers/Microsoft.Compute/virtualMachineScaleSets/nope?api-version=${compute}`,
		);
		assert.equal(missing.status, 404);
		assert.equal(missing.body.error.code, 'ResourceNotFound');
		const group = await test.request(
			'GET',
			`/subscriptions/${seedIds.production}/resourceGroups/rg-nope/providers/Microsoft.Compute/virtualMachineScaleSets?api-version=${compute}`,
		);
		assert.equal(group.status, 404);
		assert.equal(group.body.error.code, 'ResourceGroupNotFound');
	});

	it('pages with an absolute nextLink on the emulator that keeps the api-version', async () => {
		test.emulator.configure({ pageSize: 2 });
		const first = await test.request(
			'GET',
			`/subscriptions/${seedIds.production}/providers/Microsoft.Compute/virtualMachineScaleSets?api-version=${compute}`,
		);
		assert.equal(first.body.value.length, 2);
		assert.ok(first.body.nextLink.startsWith(`${test.emulator.url}/subscriptions/`));
		assert.match(first.body.nextLink, /api-version=2025-11-01/);
		const second = await test.request('GET', first.body.nextLink);
		assert.equal(second.body.value.length, 1);
		assert.equal(second.body.nextLink, undefined);
	});

	it('answers an unknown path with 404 and an unsupported method with 405, in ARM error bodies', async () => {
		const unknown = await test.request('GET', '/nothing/here?api-version=2022-12-01');
		assert.equal(unknown.status, 404);
		assert.equal(typeof unknown.body.error.code, 'string');
		const method = await test.request('POST', `/subscriptions?api-version=2022-12-01`);
		assert.equal(method.status, 405);
	});
});
