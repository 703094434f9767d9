import assert from 'node:assert/strict';
import { seedIds, startTestEmulator, type TestEmulator } from './helpers/testEmulator';

const dev = seedIds.development;
const tenantId = 'c1a4e7f2-5b3d-4e9a-8f6c-0d2b7a9e1c45';
const providerPath = `/subscriptions/${dev}/providers/Microsoft.StandbyPool?api-version=2025-04-01`;
const principal = 'a7f5c2e1-3b4d-4c8e-9f60-1d2e3f4a5b6c';

describe('Emulator: providers, operations, role assignments and Graph', () => {
	let test: TestEmulator;

	before(async () => {
		test = await startTestEmulator({ operationDelayMs: 5000 });
	});

	after(async () => {
		await test.stop();
	});

	beforeEach(() => test.emulator.reset());

	it('registers the provider: NotRegistered → Registering → Registered', async () => {
		await test.request('PUT', '/_emulator/resources', {
			subscriptions: [
				{
					subscriptionId: dev,
					displayName: 'Contoso Development',
					tenantId,
					providers: { 'Microsoft.StandbyPool': 'NotRegistered' },
				},
			],
		});
		const before = await test.request('GET', providerPath);
		assert.equal(before.body.registrationState, 'NotRegistered');
		assert.equal(before.body.namespace, 'Microsoft.StandbyPool');
		assert.ok(
			before.body.resourceTypes.some(
				(type: any) => type.resourceType === 'standbyVirtualMachinePools' && type.apiVersions.includes('2026-04-01'),
			),
		);
		const registering = await test.request(
			'POST',
			`/subscriptions/${dev}/providers/Microsoft.StandbyPool/register?api-version=2025-04-01`,
		);
		assert.equal(registering.status, 200);
		assert.equal(registering.body.registrationState, 'Registering');
		test.emulator.advanceTime(5000);
		assert.equal((await test.request('GET', providerPath)).body.registrationState, 'Registered');
		const unknown = await test.request(
			'GET',
			`/subscriptions/${dev}/providers/Microsoft.Nothing?api-version=2025-04-01`,
		);
		assert.equal(unknown.status, 404);
	});

	it('lists the provider operations', async () => {
		const response = await test.request('GET', '/providers/Microsoft.StandbyPool/operations?api-version=2025-10-01');
		assert.ok(
			response.body.value.some(
				(operation: any) => operation.name === 'Microsoft.StandbyPool/standbyVirtualMachinePools/write',
			),
		);
		assert.equal(response.body.value[0].display.provider, 'Microsoft.StandbyPool');
	});

	it('lists role assignments for a scope, inherited ones included, filtered by principal', async () => {
		const base = `/subscriptions/${dev}/resourceGroups/rg-batch/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01`;
		const inherited = await test.request(
			'GET',
			`${base}&$filter=${encodeURIComponent(`principalId eq '${principal}'`)}`,
		);
		assert.equal(inherited.body.value.length, 2);
		assert.equal(inherited.body.value[0].properties.scope, `/subscriptions/${dev}`);
		const other = await test.request(
			'GET',
			`${base}&$filter=${encodeURIComponent("principalId eq '11111111-1111-1111-1111-111111111111'")}`,
		);
		assert.equal(other.body.value.length, 0);
	});

	it('creates a role assignment with 201, refuses a duplicate with 409, and a caller without rights with 403', async () => {
		const scope = `/subscriptions/${dev}/resourceGroups/rg-batch`;
		const path = (name: string): string =>
			`${scope}/providers/Microsoft.Authorization/roleAssignments/${name}?api-version=2022-04-01`;
		const body = {
			properties: {
				roleDefinitionId: `/subscriptions/${dev}/providers/Microsoft.Authorization/roleDefinitions/f1a07417-d97a-45cb-824c-7a7467783830`,
				principalId: principal,
				principalType: 'ServicePrincipal',
			},
		};
		const created = await test.request('PUT', path('3e1f2a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b'), body);
		assert.equal(created.status, 201);
		assert.equal(created.body.properties.scope, scope);
		const duplicate = await test.request('PUT', path('4e1f2a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b'), body);
		assert.equal(duplicate.status, 409);
		assert.equal(duplicate.body.error.code, 'RoleAssignmentExists');

		await test.request('PUT', '/_emulator/resources', {
			subscriptions: [
				{ subscriptionId: dev, displayName: 'Contoso Development', tenantId, callerCanAssignRoles: false },
			],
		});
		const denied = await test.request('PUT', path('5e1f2a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b'), body);
		assert.equal(denied.status, 403);
		assert.equal(denied.body.error.code, 'AuthorizationFailed');
		assert.match(denied.body.error.message, /Microsoft\.Authorization\/roleAssignments\/write/);
	});

	it('finds built-in role definitions by name', async () => {
		const filter = encodeURIComponent("roleName eq 'Virtual Machine Contributor'");
		const response = await test.request(
			'GET',
			`/subscriptions/${dev}/providers/Microsoft.Authorization/roleDefinitions?api-version=2022-04-01&$filter=${filter}`,
		);
		assert.equal(response.body.value.length, 1);
		assert.equal(response.body.value[0].name, '9980e02c-c2be-4d73-94e8-173b1dc7cf3c');
		assert.equal(response.body.value[0].properties.type, 'BuiltInRole');
	});

	it('finds the Standby Pool Resource Provider service principal through Graph', async () => {
		const filter = encodeURIComponent("displayName eq 'Standby Pool Resource Provider'");
		const found = await test.request('GET', `/v1.0/servicePrincipals?$filter=${filter}`);
		assert.equal(found.status, 200);
		assert.equal(found.body.value[0].id, principal);
		const none = await test.request(
			'GET',
			`/v1.0/servicePrincipals?$filter=${encodeURIComponent("displayName eq 'Other'")}`,
		);
		assert.deepEqual(none.body.value, []);
		assert.equal(
			(await test.request('GET', `/v1.0/servicePrincipals/${principal}`)).body.displayName,
			'Standby Pool Resource Provider',
		);
	});
});
