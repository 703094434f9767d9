import * as assert from 'node:assert/strict';
import { checkPrerequisites, describeScope, scopeCovers } from '../../../src/core/prerequisites/checkPrerequisites';
import { gatherFacts } from '../../../src/core/prerequisites/gatherFacts';
import type { PrerequisiteReport } from '../../../src/core/prerequisites/prerequisiteModel';
import {
	assignment,
	baseRoles,
	FakeAccess,
	forbidden,
	principalId,
	roleIds,
	scaleSetId,
	scaleSetTarget,
	subscription,
	subscriptionId,
} from './fakeAccess';

async function check(access: FakeAccess, target = scaleSetTarget()): Promise<PrerequisiteReport> {
	return checkPrerequisites(await gatherFacts(access.apis, target), new Date('2026-12-04T10:00:00Z'));
}

function states(report: PrerequisiteReport): Record<string, string> {
	return Object.fromEntries(report.items.map((item) => [item.id, item.state]));
}

describe('checkPrerequisites', () => {
	it('finds everything in place: registered, principal found, the three roles on the subscription', async () => {
		const report = await check(new FakeAccess());
		assert.equal(report.summary, 'ready');
		assert.deepEqual(states(report), {
			registration: 'ok',
			principal: 'ok',
			[`role:${roleIds.virtualMachineContributor}`]: 'ok',
			[`role:${roleIds.networkContributor}`]: 'ok',
			[`role:${roleIds.managedIdentityOperator}`]: 'ok',
		});
		assert.deepEqual(report.plan, { register: undefined, assignRoles: undefined });
		assert.equal(report.cliCommands, '');
		assert.deepEqual(report.notes, []);
		assert.equal(report.checkedAt, '2026-12-04T10:00:00.000Z');
		assert.match(report.items[2]?.detail ?? '', /Assigned on the subscription/);
	});

	it('reports an unregistered provider as missing and plans the registration', async () => {
		const access = new FakeAccess();
		access.registration = 'NotRegistered';
		const report = await check(access);
		assert.equal(report.summary, 'actionNeeded');
		assert.equal(states(report)['registration'], 'missing');
		assert.match(report.items[0]?.detail ?? '', /not registered \(NotRegistered\)/);
		assert.deepEqual(report.plan.register, { subscriptionId, namespace: 'Microsoft.StandbyPool' });
		assert.equal(report.plan.assignRoles, undefined);
		assert.match(
			report.cliCommands,
			/^# .*\naz provider register --namespace Microsoft\.StandbyPool --subscription 3f2c8a61-9d4e-4b7a-8c15-6e0f2d9b4a73 --wait$/,
		);
	});

	it('reports a registration under way as in progress, with nothing to fix', async () => {
		const access = new FakeAccess();
		access.registration = 'Registering';
		access.registeringReads = 99;
		const report = await check(access);
		assert.equal(report.summary, 'inProgress');
		assert.equal(states(report)['registration'], 'inProgress');
		assert.equal(report.plan.register, undefined);
	});

	it('names the missing role, plans only it at subscription scope, and gives its CLI command', async () => {
		const access = new FakeAccess();
		access.assignments = access.assignments.filter(
			(entry) => !entry.roleDefinitionId.endsWith(roleIds.managedIdentityOperator),
		);
		const report = await check(access);
		assert.equal(report.summary, 'actionNeeded');
		assert.equal(states(report)[`role:${roleIds.managedIdentityOperator}`], 'missing');
		assert.deepEqual(
			report.plan.assignRoles?.roles.map((role) => role.name),
			['Managed Identity Operator'],
		);
		assert.equal(report.plan.assignRoles?.scope, subscription);
		assert.equal(report.plan.assignRoles?.principalId, principalId);
		assert.equal(
			report.cliCommands,
			[
				'# Give "Standby Pool Resource Provider" the roles it needs on the subscription.',
				`principalId=${principalId}`,
				'# Managed Identity Operator',
				'az role assignment create --assignee-object-id "$principalId" --assignee-principal-type ServicePrincipal \\',
				`  --role ${roleIds.managedIdentityOperator} --scope ${subscription}`,
			].join('\n'),
		);
	});

	it('asks for the two Compute Gallery roles when the image comes from a gallery, and says why', async () => {
		const report = await check(new FakeAccess(), scaleSetTarget({ galleryImageScaleSets: ['web-vmss'] }));
		assert.equal(report.summary, 'actionNeeded');
		assert.deepEqual(
			report.plan.assignRoles?.roles.map((role) => role.id),
			[roleIds.gallerySharingAdmin, roleIds.galleryArtifactsPublisher],
		);
		const sharing = report.items.find((item) => item.id === `role:${roleIds.gallerySharingAdmin}`);
		assert.match(sharing?.detail ?? '', /web-vmss uses an Azure Compute Gallery image/);
	});

	it('does not ask for the gallery roles without a gallery image, and says when it could not tell', async () => {
		const plain = await check(new FakeAccess());
		assert.equal(plain.items.length, 5);
		const unknown = await check(new FakeAccess(), scaleSetTarget({ galleryImageScaleSets: undefined }));
		assert.equal(unknown.items.length, 5);
		assert.match(unknown.notes[0] ?? '', /gallery roles were not checked/);
	});

	it('counts assignments on the scale set or its resource group, but not on another resource group', async () => {
		const access = new FakeAccess();
		access.assignments = [
			assignment(roleIds.virtualMachineContributor, `${subscription}/resourceGroups/RG-WEB`),
			assignment(roleIds.networkContributor, scaleSetId),
			assignment(roleIds.managedIdentityOperator, `${subscription}/resourceGroups/rg-api`),
		];
		const report = await check(access);
		assert.deepEqual(states(report), {
			registration: 'ok',
			principal: 'ok',
			[`role:${roleIds.virtualMachineContributor}`]: 'ok',
			[`role:${roleIds.networkContributor}`]: 'ok',
			[`role:${roleIds.managedIdentityOperator}`]: 'missing',
		});
		assert.match(report.items[2]?.detail ?? '', /resource group RG-WEB/);
	});

	it('for a whole subscription, counts only assignments on the subscription or above', async () => {
		const access = new FakeAccess();
		access.assignments = [
			assignment(roleIds.virtualMachineContributor, '/providers/Microsoft.Management/managementGroups/contoso'),
			assignment(roleIds.networkContributor, `${subscription}/resourceGroups/rg-web`),
			assignment(roleIds.managedIdentityOperator),
		];
		const target = scaleSetTarget({
			kind: 'subscription',
			resourceId: subscription,
			scaleSetId: undefined,
			label: 'Contoso',
		});
		const report = await check(access, target);
		assert.equal(states(report)[`role:${roleIds.virtualMachineContributor}`], 'ok');
		assert.equal(states(report)[`role:${roleIds.networkContributor}`], 'missing');
		assert.match(report.items[2]?.detail ?? '', /management group contoso/);
	});

	it('turns a 403 on reading role assignments into unknown roles naming the permission, with CLI commands for all', async () => {
		const access = new FakeAccess();
		access.fail.set('listRoleAssignments', forbidden('Microsoft.Authorization/roleAssignments/read'));
		const report = await check(access);
		assert.equal(report.summary, 'incomplete');
		for (const role of baseRoles) {
			const item = report.items.find((entry) => entry.id === `role:${role}`);
			assert.equal(item?.state, 'unknown');
			assert.equal(item?.missingPermission, 'Microsoft.Authorization/roleAssignments/read');
			assert.match(item?.detail ?? '', /not allowed to read role assignments/);
		}
		assert.equal(report.plan.assignRoles, undefined, 'nothing is assigned blindly');
		assert.equal(report.cliCommands.match(/az role assignment create/g)?.length, 3);
	});

	it('turns a 403 on reading the registration into unknown, and still checks the roles', async () => {
		const access = new FakeAccess();
		access.fail.set('getProvider', forbidden('Microsoft.Resources/subscriptions/providers/read'));
		const report = await check(access);
		assert.equal(states(report)['registration'], 'unknown');
		assert.equal(report.items[0]?.missingPermission, 'Microsoft.Resources/subscriptions/providers/read');
		assert.equal(states(report)[`role:${roleIds.networkContributor}`], 'ok');
		assert.match(report.cliCommands, /az provider register/);
	});

	it('without Graph, leaves the roles unknown and looks the principal up in the CLI commands', async () => {
		const access = new FakeAccess();
		access.fail.set(
			'findServicePrincipals',
			Object.assign(forbidden('ignored'), { message: 'Insufficient privileges to complete the operation.' }),
		);
		const report = await check(access);
		assert.equal(states(report)['principal'], 'unknown');
		assert.equal(report.items[1]?.missingPermission, 'Application.Read.All (Microsoft Graph)');
		assert.equal(states(report)[`role:${roleIds.virtualMachineContributor}`], 'unknown');
		assert.ok(!access.calls.includes('listRoleAssignments'));
		assert.match(
			report.cliCommands,
			/principalId=\$\(az ad sp list --display-name 'Standby Pool Resource Provider' --query '\[0\]\.id' --output tsv\)/,
		);
	});

	it('explains a missing principal by the missing registration', async () => {
		const access = new FakeAccess();
		access.registration = 'NotRegistered';
		access.principals = [];
		const report = await check(access);
		assert.equal(states(report)['principal'], 'missing');
		assert.match(report.items[1]?.detail ?? '', /adds it when Microsoft\.StandbyPool is registered/);
		assert.equal(states(report)[`role:${roleIds.virtualMachineContributor}`], 'unknown');
		assert.deepEqual(
			Object.keys(report.plan).filter((key) => report.plan[key as 'register'] !== undefined),
			['register'],
		);
	});

	it('keeps other failures as unknown with their message', async () => {
		const access = new FakeAccess();
		access.fail.set('getProvider', new Error('socket hang up'));
		const report = await check(access);
		assert.equal(states(report)['registration'], 'unknown');
		assert.equal(report.items[0]?.missingPermission, undefined);
		assert.match(report.items[0]?.detail ?? '', /socket hang up/);
	});
});

describe('scopes of role assignments', () => {
	it('covers a resource from its own scope and every scope above, without case', () => {
		assert.ok(scopeCovers(subscription, scaleSetId));
		assert.ok(scopeCovers(`${subscription.toUpperCase()}/`, scaleSetId));
		assert.ok(scopeCovers('/', scaleSetId));
		assert.ok(!scopeCovers(`${subscription}/resourceGroups/rg-we`, scaleSetId));
		assert.ok(!scopeCovers(scaleSetId, subscription));
	});

	it('reads as a few words', () => {
		assert.equal(describeScope(subscription), 'the subscription');
		assert.equal(describeScope(`${subscription}/resourceGroups/rg-web`), 'resource group rg-web');
		assert.equal(describeScope('/'), 'the root scope');
	});
});
