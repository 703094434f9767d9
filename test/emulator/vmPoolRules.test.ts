import assert from 'node:assert/strict';
import { apiPool, batchPool, webPool, webPoolBody } from './helpers/poolRequests';
import { seedIds, startTestEmulator, type TestEmulator } from './helpers/testEmulator';

const dev = seedIds.development;
const ephemeralScaleSet = seedIds.scaleSet(dev, 'rg-ephemeral', 'ephemeral-vmss');
const ephemeralPool = seedIds.poolPath(dev, 'rg-ephemeral', 'ephemeral-pool');

describe('Emulator: the rules the Standby Pool service enforces', () => {
	let test: TestEmulator;

	before(async () => {
		test = await startTestEmulator();
	});

	after(async () => {
		await test.stop();
	});

	beforeEach(() => test.emulator.reset());

	async function expectError(
		method: string,
		path: string,
		body: unknown,
		status: number,
		code: string,
		target?: string,
	): Promise<string> {
		const response = await test.request(method, path, body);
		assert.equal(response.status, status, JSON.stringify(response.body));
		assert.equal(response.body.error.code, code);
		assert.equal(response.body.error.target, target);
		return response.body.error.message;
	}

	it('min ready capacity may not exceed max, on PUT and on a PATCH that changes only one of them', async () => {
		const body = webPoolBody({ elasticityProfile: { maxReadyCapacity: 2, minReadyCapacity: 3 } });
		await expectError('PUT', webPool(), body, 400, 'BadRequest', 'properties.elasticityProfile.minReadyCapacity');
		await expectError(
			'PATCH',
			apiPool(),
			{ properties: { elasticityProfile: { maxReadyCapacity: 2 } } },
			400,
			'BadRequest',
			'properties.elasticityProfile.minReadyCapacity',
		);
	});

	it('the attached scale set must be a scale-set id, exist, and be in the same subscription', async () => {
		await expectError(
			'PUT',
			webPool(),
			webPoolBody({ attachedVirtualMachineScaleSetId: 'web-vmss' }),
			400,
			'LinkedInvalidPropertyId',
			'properties.attachedVirtualMachineScaleSetId',
		);
		const missing = seedIds.scaleSet(seedIds.production, 'rg-web', 'gone-vmss');
		await expectError(
			'PUT',
			webPool(),
			webPoolBody({ attachedVirtualMachineScaleSetId: missing }),
			400,
			'BadRequest',
			'properties.attachedVirtualMachineScaleSetId',
		);
		const elsewhere = seedIds.scaleSet(dev, 'rg-batch', 'batch-vmss');
		const message = await expectError(
			'PUT',
			webPool(),
			webPoolBody({ attachedVirtualMachineScaleSetId: elsewhere }),
			400,
			'BadRequest',
			'properties.attachedVirtualMachineScaleSetId',
		);
		assert.match(message, /same subscription/);
	});

	it('the scale set must use Flexible orchestration', async () => {
		const uniform = seedIds.scaleSet(seedIds.production, 'rg-legacy', 'legacy-vmss');
		const message = await expectError(
			'PUT',
			webPool(),
			webPoolBody({ attachedVirtualMachineScaleSetId: uniform }),
			400,
			'BadRequest',
			'properties.attachedVirtualMachineScaleSetId',
		);
		assert.match(message, /Flexible/);
	});

	it('the pool must be in the scale set region, compared without case and spaces', async () => {
		await expectError('PUT', webPool(), webPoolBody({}, { location: 'westus2' }), 400, 'BadRequest', 'location');
		const created = await test.request('PUT', webPool(), webPoolBody({}, { location: 'East US' }));
		assert.equal(created.status, 201);
		assert.equal(created.body.location, 'East US');
	});

	it('a scale set has at most one pool', async () => {
		const second = seedIds.poolPath(seedIds.production, 'rg-api', 'second-pool');
		const body = webPoolBody({
			attachedVirtualMachineScaleSetId: seedIds.scaleSet(seedIds.production, 'rg-api', 'api-vmss'),
		});
		await expectError('PUT', second, body, 409, 'Conflict', 'properties.attachedVirtualMachineScaleSetId');
	});

	it('Hibernated needs hibernation enabled on the scale set', async () => {
		const message = await expectError(
			'PUT',
			webPool(),
			webPoolBody({ virtualMachineState: 'Hibernated' }),
			400,
			'BadRequest',
			'properties.virtualMachineState',
		);
		assert.match(message, /hibernation/i);
		await expectError(
			'PUT',
			webPool(),
			webPoolBody({ virtualMachineState: 'Mix', vmStateDistribution: { runningPercent: 50, hibernatedPercent: 50 } }),
			400,
			'BadRequest',
			'properties.virtualMachineState',
		);
	});

	it('no direct switch between Deallocated and Hibernated, in either direction', async () => {
		await expectError(
			'PATCH',
			batchPool(),
			{ properties: { virtualMachineState: 'Deallocated' } },
			400,
			'BadRequest',
			'properties.virtualMachineState',
		);
		assert.equal(
			(await test.request('PATCH', batchPool(), { properties: { virtualMachineState: 'Running' } })).status,
			200,
		);
		assert.equal(
			(await test.request('PATCH', batchPool(), { properties: { virtualMachineState: 'Deallocated' } })).status,
			200,
		);
		await expectError(
			'PATCH',
			batchPool(),
			{ properties: { virtualMachineState: 'Hibernated' } },
			400,
			'BadRequest',
			'properties.virtualMachineState',
		);
	});

	it('ephemeral OS disks exclude Deallocated', async () => {
		const body = {
			location: 'eastus2',
			properties: {
				virtualMachineState: 'Deallocated',
				elasticityProfile: { maxReadyCapacity: 3 },
				attachedVirtualMachineScaleSetId: ephemeralScaleSet,
			},
		};
		const message = await expectError('PUT', ephemeralPool, body, 400, 'BadRequest', 'properties.virtualMachineState');
		assert.match(message, /ephemeral/);
		body.properties.virtualMachineState = 'Running';
		assert.equal((await test.request('PUT', ephemeralPool, body)).status, 201);
	});

	it('Mix needs a distribution that adds up to 100', async () => {
		await expectError(
			'PUT',
			webPool(),
			webPoolBody({ virtualMachineState: 'Mix' }),
			400,
			'BadRequest',
			'properties.vmStateDistribution',
		);
		await expectError(
			'PUT',
			webPool(),
			webPoolBody({ virtualMachineState: 'Mix', vmStateDistribution: { runningPercent: 50, deallocatedPercent: 40 } }),
			400,
			'BadRequest',
			'properties.vmStateDistribution',
		);
		const mixed = webPoolBody({
			virtualMachineState: 'Mix',
			vmStateDistribution: { runningPercent: 20, deallocatedPercent: 80 },
		});
		assert.equal((await test.request('PUT', webPool(), mixed)).status, 201);
	});

	it('a scale set with more than one fault domain, Spot without eviction policy Delete, or Spot with Hibernated is refused', async () => {
		const scaleSet = {
			subscriptionId: seedIds.production,
			resourceGroup: 'rg-web',
			name: 'spread-vmss',
			location: 'eastus',
			sku: { name: 'Standard_D2s_v5', capacity: 1 },
			properties: {
				orchestrationMode: 'Flexible',
				platformFaultDomainCount: 3,
				virtualMachineProfile: { priority: 'Spot', evictionPolicy: 'Deallocate' },
				additionalCapabilities: { hibernationEnabled: true },
			},
		};
		await test.request('PUT', '/_emulator/resources', { scaleSets: [scaleSet] });
		const id = seedIds.scaleSet(seedIds.production, 'rg-web', 'spread-vmss');
		const spreadMessage = await expectError(
			'PUT',
			webPool(),
			webPoolBody({ attachedVirtualMachineScaleSetId: id }),
			400,
			'BadRequest',
			'properties.attachedVirtualMachineScaleSetId',
		);
		assert.match(spreadMessage, /fault domain/);
		scaleSet.properties.platformFaultDomainCount = 1;
		await test.request('PUT', '/_emulator/resources', { scaleSets: [scaleSet] });
		const evictionMessage = await expectError(
			'PUT',
			webPool(),
			webPoolBody({ attachedVirtualMachineScaleSetId: id }),
			400,
			'BadRequest',
			'properties.attachedVirtualMachineScaleSetId',
		);
		assert.match(evictionMessage, /eviction policy 'Delete'/);
		scaleSet.properties.virtualMachineProfile.evictionPolicy = 'Delete';
		await test.request('PUT', '/_emulator/resources', { scaleSets: [scaleSet] });
		const spotMessage = await expectError(
			'PUT',
			webPool(),
			webPoolBody({ attachedVirtualMachineScaleSetId: id, virtualMachineState: 'Hibernated' }),
			400,
			'BadRequest',
			'properties.virtualMachineState',
		);
		assert.match(spotMessage, /Spot/);
	});

	it('a replacing PUT may not move the pool to another region', async () => {
		const pool = (await test.request('GET', apiPool())).body;
		pool.location = 'westus';
		await expectError('PUT', apiPool(), pool, 409, 'InvalidResourceLocation');
	});

	it('the subscription must have Microsoft.StandbyPool registered', async () => {
		await test.request('PUT', '/_emulator/resources', {
			subscriptions: [
				{
					subscriptionId: seedIds.production,
					displayName: 'Contoso Production',
					tenantId: 'c1a4e7f2-5b3d-4e9a-8f6c-0d2b7a9e1c45',
					providers: { 'Microsoft.StandbyPool': 'NotRegistered' },
				},
			],
		});
		const response = await test.request('PUT', webPool(), webPoolBody());
		assert.equal(response.status, 409);
		assert.equal(response.body.error.code, 'MissingSubscriptionRegistration');
		assert.equal(response.body.error.details[0].target, 'Microsoft.StandbyPool');
		assert.equal((await test.request('GET', apiPool())).body.error.code, 'MissingSubscriptionRegistration');
		const operations = await test.request('GET', '/providers/Microsoft.StandbyPool/operations?api-version=2026-04-01');
		assert.equal(operations.status, 200);
	});
});
