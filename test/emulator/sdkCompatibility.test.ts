import assert from 'node:assert/strict';
import fs from 'node:fs';
import type https from 'node:https';
import { ComputeManagementClient } from '@azure/arm-compute';
import { createHttpPoller } from '@azure/core-lro';
import type { Client } from '@azure-rest/core-client';
import { emulatorAgent, emulatorCredential, emulatorRestClient, runningOperation } from './helpers/sdkClient';
import { seedIds, startTestEmulator, type TestEmulator } from './helpers/testEmulator';

const version = '2026-04-01';
const poolPath = `/subscriptions/${seedIds.production}/resourceGroups/rg-web/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/web-pool`;
const poolBody = {
	location: 'eastus',
	properties: {
		virtualMachineState: 'Running',
		elasticityProfile: { maxReadyCapacity: 4, minReadyCapacity: 1 },
		attachedVirtualMachineScaleSetId: seedIds.scaleSet(seedIds.production, 'rg-web', 'web-vmss'),
	},
};

describe('The Azure SDK against the emulator (test CA, LRO, paging)', function () {
	this.timeout(20_000);
	let test: TestEmulator;
	let agent: https.Agent;
	let client: Client;

	before(async () => {
		test = await startTestEmulator({ operationDelayMs: 400 });
		agent = emulatorAgent(fs.readFileSync(test.emulator.caFile));
		client = emulatorRestClient(test.emulator, agent);
	});

	after(async () => {
		agent.destroy();
		await test.stop();
	});

	beforeEach(() => test.emulator.reset());

	it('@azure/arm-compute lists scale sets across pages and gets one', async () => {
		test.emulator.configure({ pageSize: 1 });
		const compute = new ComputeManagementClient(emulatorCredential(test.emulator.token), seedIds.production, {
			endpoint: test.emulator.url,
			agent,
		});
		const names: string[] = [];
		for await (const scaleSet of compute.virtualMachineScaleSets.listAll()) {
			names.push(scaleSet.name ?? '');
		}
		assert.deepEqual(names.sort(), ['api-vmss', 'legacy-vmss', 'web-vmss']);
		const web = await compute.virtualMachineScaleSets.get('rg-web', 'web-vmss');
		assert.equal(web.orchestrationMode, 'Flexible');
		assert.equal(web.sku?.capacity, 2);
		assert.deepEqual(web.zones, ['1', '2', '3']);
		const pages = test.emulator.state.requestLog.filter((entry) => entry.path.endsWith('/virtualMachineScaleSets'));
		assert.equal(pages.length, 3, 'one request per page of one');
	});

	it('createHttpPoller completes a PUT through InProgress to the created pool', async () => {
		const statuses: string[] = [];
		const poller = createHttpPoller<any, any>(runningOperation(client, 'PUT', poolPath, version, poolBody), {
			intervalInMs: 50,
			resourceLocationConfig: 'azure-async-operation',
		});
		poller.onProgress((state) => statuses.push(state.status));
		const pool = await poller.pollUntilDone();
		assert.equal(pool.name, 'web-pool');
		assert.equal(pool.properties.provisioningState, 'Succeeded');
		assert.ok(statuses.includes('running'), `saw ${statuses.join(', ')}`);
		const polls = test.emulator.state.requestLog.filter((entry) => entry.path.includes('/operationStatuses/'));
		assert.ok(polls.length >= 1);
		assert.ok(polls.every((entry) => entry.status === 200));
	});

	it('createHttpPoller completes a DELETE, after which the pool is gone', async () => {
		await createHttpPoller(
			runningOperation(client, 'DELETE', poolPath.replace('rg-web', 'rg-api').replace('web-pool', 'api-pool'), version),
			{
				intervalInMs: 50,
				resourceLocationConfig: 'location',
			},
		).pollUntilDone();
		const after = await test.request(
			'GET',
			`/subscriptions/${seedIds.production}/resourceGroups/rg-api/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/api-pool?api-version=${version}`,
		);
		assert.equal(after.status, 404);
		assert.equal(after.body.error.code, 'ResourceNotFound');
	});

	it('createHttpPoller rejects with the error of an operation that ends Failed', async () => {
		test.emulator.addFault({
			method: 'PUT',
			path: 'standbyVirtualMachinePools/web-pool$',
			action: 'failOperation',
			error: { code: 'AllocationFailed', message: 'No capacity for Standard_D2s_v5 in eastus zone 2.' },
		});
		const poller = createHttpPoller(runningOperation(client, 'PUT', poolPath, version, poolBody), {
			intervalInMs: 50,
			resourceLocationConfig: 'azure-async-operation',
		});
		await assert.rejects(poller.pollUntilDone(), /No capacity for Standard_D2s_v5/);
	});
});
