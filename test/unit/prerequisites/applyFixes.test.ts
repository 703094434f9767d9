import * as assert from 'node:assert/strict';
import { assignRoles, registerAndWait } from '../../../src/core/prerequisites/applyFixes';
import { AzureRequestError } from '../../../src/core/azure/azureRequestError';
import { requiredRoles } from '../../../src/core/prerequisites/requiredRoles';
import { FakeAccess, forbidden, principalId, subscription, subscriptionId } from './fakeAccess';

const register = { subscriptionId, namespace: 'Microsoft.StandbyPool' };
const noWait = async (): Promise<void> => undefined;

describe('registerAndWait', () => {
	it('registers, then reads the state until it is Registered, reporting each one', async () => {
		const access = new FakeAccess();
		access.registration = 'NotRegistered';
		access.registeringReads = 3;
		const states: string[] = [];
		const waits: number[] = [];
		const result = await registerAndWait(access.apis.providers, register, {
			onState: (state) => states.push(state),
			pollDelaysMs: [10, 20],
			sleep: async (ms) => {
				waits.push(ms);
			},
		});
		assert.deepEqual(result, { kind: 'registered', reads: 3 });
		assert.deepEqual(states, ['Registering', 'Registering', 'Registering', 'Registered']);
		assert.deepEqual(waits, [10, 20, 20]);
		assert.deepEqual(access.calls, ['registerProvider', 'getProvider', 'getProvider', 'getProvider']);
	});

	it('stops waiting after the timeout, saying the state it saw last', async () => {
		const access = new FakeAccess();
		access.registeringReads = 1000;
		const result = await registerAndWait(access.apis.providers, register, { timeoutMs: 0, sleep: noWait });
		assert.deepEqual(result, { kind: 'timedOut', state: 'Registering' });
	});

	it('says which permission is missing when Azure refuses the registration', async () => {
		const access = new FakeAccess();
		access.fail.set('registerProvider', forbidden('Microsoft.StandbyPool/register/action'));
		const result = await registerAndWait(access.apis.providers, register, { sleep: noWait });
		assert.equal(result.kind, 'forbidden');
		assert.equal(result.kind === 'forbidden' && result.missingPermission, 'Microsoft.StandbyPool/register/action');
	});

	it('can be cancelled while it waits', async () => {
		const access = new FakeAccess();
		access.registeringReads = 1000;
		const controller = new AbortController();
		const waiting = registerAndWait(access.apis.providers, register, {
			abortSignal: controller.signal,
			pollDelaysMs: [60_000],
		});
		setTimeout(() => controller.abort(), 5);
		await assert.rejects(waiting, { name: 'AbortError' });
	});
});

describe('assignRoles', () => {
	const roles = requiredRoles.slice(0, 3);
	const plan = { scope: subscription, principalId, principalName: 'Standby Pool Resource Provider', roles };

	it('creates one assignment per role with a new GUID name, the role id and the principal type', async () => {
		const access = new FakeAccess();
		access.assignments = [];
		let next = 0;
		const results = await assignRoles(access.apis.roleAssignments, plan, {
			newName: () => `00000000-0000-4000-8000-00000000000${next++}`,
		});
		assert.deepEqual(
			results.map((result) => result.outcome.kind),
			['assigned', 'assigned', 'assigned'],
		);
		assert.deepEqual(
			access.assignments.map((entry) => [entry.name, entry.scope, entry.roleDefinitionId, entry.principalType]),
			roles.map((role, index) => [
				`00000000-0000-4000-8000-00000000000${index}`,
				subscription,
				`${subscription}/providers/Microsoft.Authorization/roleDefinitions/${role.id}`,
				'ServicePrincipal',
			]),
		);
	});

	it('stops at the first refusal and marks the rest as not attempted', async () => {
		const access = new FakeAccess();
		access.fail.set('createRoleAssignment', forbidden('Microsoft.Authorization/roleAssignments/write'));
		const results = await assignRoles(access.apis.roleAssignments, plan);
		assert.deepEqual(
			results.map((result) => result.outcome.kind),
			['forbidden', 'notAttempted', 'notAttempted'],
		);
		assert.equal(access.calls.length, 1);
		const first = results[0]?.outcome;
		assert.equal(
			first?.kind === 'forbidden' && first.missingPermission,
			'Microsoft.Authorization/roleAssignments/write',
		);
	});

	it('counts an assignment that exists already as done', async () => {
		const access = new FakeAccess();
		access.fail.set(
			'createRoleAssignment',
			new AzureRequestError('The role assignment already exists.', 'RoleAssignmentExists', 409),
		);
		const results = await assignRoles(access.apis.roleAssignments, plan);
		assert.deepEqual(
			results.map((result) => result.outcome.kind),
			['alreadyAssigned', 'alreadyAssigned', 'alreadyAssigned'],
		);
	});
});
