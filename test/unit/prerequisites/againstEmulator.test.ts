import * as assert from 'node:assert/strict';
import https from 'node:https';
import { createAzureClients } from '../../../src/core/azure/azureClients';
import type { ArmEndpoint } from '../../../src/core/azure/armClientOptions';
import { emulatorCredential } from '../../../src/core/azure/refreshableCredential';
import type { AzureSession } from '../../../src/core/azure/standbyPoolApi';
import { assignRoles, registerAndWait } from '../../../src/core/prerequisites/applyFixes';
import type { PrerequisiteReport } from '../../../src/core/prerequisites/prerequisiteModel';
import { prerequisiteApis } from '../../../src/core/prerequisites/prerequisiteApis';
import { runPrerequisiteCheck } from '../../../src/core/prerequisites/runCheck';
import { seedIds, startTestEmulator, type TestEmulator } from '../../emulator/helpers/testEmulator';

const production = seedIds.production;
const development = seedIds.development;
const apiVmss = seedIds.scaleSet(production, 'rg-api', 'api-vmss');
const batchVmss = seedIds.scaleSet(development, 'rg-batch', 'batch-vmss');
const tenantId = 'c1a4e7f2-5b3d-4e9a-8f6c-0d2b7a9e1c45';

interface LoggedRequest {
	method: string;
	path: string;
	apiVersion?: string;
	status: number;
}

function states(report: PrerequisiteReport): string[] {
	return report.items.map((item) => `${item.title}: ${item.state}`);
}

/**
 * The whole check through the extension's real clients (SDK pipeline, endpoint guard, paging) against the
 * emulator, asserting on the report and on the requests the emulator logged.
 */
describe('prerequisites against the emulator', function () {
	this.timeout(20_000);
	let test: TestEmulator;
	let session: AzureSession;

	before(async () => {
		test = await startTestEmulator();
		const endpoint: ArmEndpoint = {
			url: test.emulator.url,
			credential: emulatorCredential(),
			scope: `${test.emulator.url}/.default`,
			agent: new https.Agent({ ca: await import('node:fs').then((fs) => fs.readFileSync(test.emulator.caFile)) }),
			timeoutMs: 10_000,
		};
		session = {
			label: 'Local emulator',
			portalUrl: undefined,
			...createAzureClients(endpoint, endpoint),
		} as AzureSession;
	});

	after(async () => {
		await test.stop();
	});

	beforeEach(() => test.emulator.reset());

	async function requests(): Promise<string[]> {
		const log = (await test.request('GET', '/_emulator/requests')).body.value as LoggedRequest[];
		return log.map(
			(entry) => `${entry.method} ${entry.path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '{id}')} ${entry.status}`,
		);
	}

	async function setRegistration(
		subscriptionId: string,
		state: string,
		extra: Record<string, unknown> = {},
	): Promise<void> {
		const name = subscriptionId === production ? 'Contoso Production' : 'Contoso Development';
		const response = await test.request('PUT', '/_emulator/resources', {
			subscriptions: [
				{ subscriptionId, displayName: name, tenantId, providers: { 'Microsoft.StandbyPool': state }, ...extra },
			],
		});
		assert.equal(response.status, 200, JSON.stringify(response.body));
	}

	const check = (scaleSetId: string): Promise<PrerequisiteReport> =>
		runPrerequisiteCheck(session, { kind: 'resourceId', id: scaleSetId });

	it('registered with every role: ready, in four requests', async () => {
		const report = await check(apiVmss);
		assert.equal(report.summary, 'ready', JSON.stringify(states(report)));
		assert.deepEqual((await requests()).sort(), [
			'GET /subscriptions/{id}/providers/Microsoft.Authorization/roleAssignments 200',
			'GET /subscriptions/{id}/providers/Microsoft.StandbyPool 200',
			'GET /subscriptions/{id}/resourceGroups/rg-api/providers/Microsoft.Compute/virtualMachineScaleSets/api-vmss 200',
			'GET /v1.0/servicePrincipals 200',
		]);
	});

	it('a missing role: reported, assigned with a new GUID at subscription scope, and the degraded pool recovers', async () => {
		const before = await check(batchVmss);
		assert.deepEqual(states(before).slice(2), [
			'Virtual Machine Contributor: ok',
			'Network Contributor: ok',
			'Managed Identity Operator: missing',
		]);
		const health = async (): Promise<string> =>
			(
				await test.request(
					'GET',
					`${seedIds.poolPath(development, 'rg-batch', 'batch-pool').replace('?', '/runtimeViews/latest?')}`,
				)
			).body.properties.status.code;
		assert.equal(await health(), 'HealthState/degraded');

		const apis = prerequisiteApis(session);
		assert.ok(apis && before.plan.assignRoles);
		await test.request('DELETE', '/_emulator/requests');
		const results = await assignRoles(apis.roleAssignments, before.plan.assignRoles);
		assert.deepEqual(
			results.map((result) => result.outcome.kind),
			['assigned'],
		);
		assert.deepEqual(await requests(), [
			'PUT /subscriptions/{id}/providers/Microsoft.Authorization/roleAssignments/{id} 201',
		]);
		const assignments = (await test.request('GET', '/_emulator/state')).body.roleAssignments as {
			roleDefinitionId: string;
			principalType: string;
			scope: string;
		}[];
		const created = assignments.find(
			(entry) =>
				entry.scope === `/subscriptions/${development}` &&
				entry.roleDefinitionId.endsWith('f1a07417-d97a-45cb-824c-7a7467783830'),
		);
		assert.equal(created?.principalType, 'ServicePrincipal');
		assert.equal(
			created?.roleDefinitionId,
			`/subscriptions/${development}/providers/Microsoft.Authorization/roleDefinitions/f1a07417-d97a-45cb-824c-7a7467783830`,
		);

		assert.equal((await check(batchVmss)).summary, 'ready');
		test.emulator.advanceTime(60_000);
		assert.equal(await health(), 'HealthState/healthy');
	});

	it('unregistered: missing, then registered and followed until Registered', async () => {
		await setRegistration(production, 'NotRegistered');
		test.emulator.configure({ operationDelayMs: 300 });
		const before = await check(apiVmss);
		assert.equal(before.summary, 'actionNeeded');
		assert.equal(before.items[0]?.state, 'missing');
		assert.ok(before.plan.register);

		const apis = prerequisiteApis(session);
		assert.ok(apis);
		await test.request('DELETE', '/_emulator/requests');
		const seen: string[] = [];
		const result = await registerAndWait(apis.providers, before.plan.register, {
			pollDelaysMs: [100],
			onState: (state) => seen.push(state),
		});
		assert.equal(result.kind, 'registered');
		assert.equal(seen[0], 'Registering');
		assert.equal(seen.at(-1), 'Registered');
		const log = await requests();
		assert.equal(log[0], 'POST /subscriptions/{id}/providers/Microsoft.StandbyPool/register 200');
		assert.ok(log.slice(1).every((line) => line === 'GET /subscriptions/{id}/providers/Microsoft.StandbyPool 200'));
		assert.equal((await check(apiVmss)).summary, 'ready');
	});

	it('registering: in progress, nothing to fix', async () => {
		await setRegistration(production, 'Registering');
		test.emulator.configure({ operationDelayMs: 600_000 });
		const report = await check(apiVmss);
		assert.equal(report.summary, 'inProgress');
		assert.equal(report.plan.register, undefined);
	});

	it('a gallery image: the two Compute Gallery roles are missing too', async () => {
		const image = `/subscriptions/${production}/resourceGroups/rg-images/providers/Microsoft.Compute/galleries/contoso/images/api/versions/1.0.0`;
		const state = (await test.request('GET', '/_emulator/state')).body as { scaleSets: Record<string, any>[] };
		const seeded = state.scaleSets.find((entry) => String(entry['id']).toLowerCase() === apiVmss.toLowerCase());
		assert.ok(seeded);
		const rest: Record<string, any> = { ...seeded };
		delete rest['id'];
		delete rest['type'];
		rest.properties.virtualMachineProfile.storageProfile.imageReference = { id: image };
		await test.request('PUT', '/_emulator/resources', {
			scaleSets: [{ subscriptionId: production, resourceGroup: 'rg-api', ...rest, name: 'api-vmss' }],
		});
		const report = await check(apiVmss);
		assert.deepEqual(states(report).slice(2), [
			'Virtual Machine Contributor: ok',
			'Network Contributor: ok',
			'Managed Identity Operator: ok',
			'Compute Gallery Sharing Admin: missing',
			'Compute Gallery Artifacts Publisher: missing',
		]);
		assert.deepEqual(
			report.plan.assignRoles?.roles.map((role) => role.name),
			['Compute Gallery Sharing Admin', 'Compute Gallery Artifacts Publisher'],
		);
	});

	it('403 on reading role assignments: unknown, naming the permission', async () => {
		await test.request('POST', '/_emulator/faults', {
			method: 'GET',
			path: 'providers/Microsoft.Authorization/roleAssignments$',
			action: 'respond',
			status: 403,
		});
		const report = await check(apiVmss);
		assert.equal(report.summary, 'incomplete');
		assert.deepEqual(
			report.items.filter((item) => item.kind === 'role').map((item) => item.missingPermission),
			Array(3).fill('Microsoft.Authorization/roleAssignments/read'),
		);
		assert.match(report.cliCommands, /az role assignment create/);
	});

	it('403 on writing role assignments: refused once, naming the permission, the rest not attempted', async () => {
		await setRegistration(development, 'Registered', { callerCanAssignRoles: false });
		const before = await check(batchVmss);
		const apis = prerequisiteApis(session);
		assert.ok(apis && before.plan.assignRoles);
		await test.request('DELETE', '/_emulator/requests');
		const results = await assignRoles(apis.roleAssignments, {
			...before.plan.assignRoles,
			roles: [...before.plan.assignRoles.roles, ...before.plan.assignRoles.roles],
		});
		assert.deepEqual(
			results.map((result) => result.outcome.kind),
			['forbidden', 'notAttempted'],
		);
		const refusal = results[0]?.outcome;
		assert.equal(
			refusal?.kind === 'forbidden' && refusal.missingPermission,
			'Microsoft.Authorization/roleAssignments/write',
		);
		assert.deepEqual(await requests(), [
			'PUT /subscriptions/{id}/providers/Microsoft.Authorization/roleAssignments/{id} 403',
		]);
	});
});
