import * as assert from 'node:assert/strict';
import { checkPrerequisites } from '../../../src/core/prerequisites/checkPrerequisites';
import { checklistFor, failedChecklist } from '../../../src/core/prerequisites/checklist';
import { gatherFacts } from '../../../src/core/prerequisites/gatherFacts';
import { FakeAccess, forbidden, roleIds, scaleSetTarget } from './fakeAccess';

async function checklist(access: FakeAccess) {
	return checklistFor(checkPrerequisites(await gatherFacts(access.apis, scaleSetTarget())));
}

describe('the short checklist for the pool form', () => {
	it('says everything is in place in two lines', async () => {
		const result = await checklist(new FakeAccess());
		assert.equal(result.summary, 'ready');
		assert.equal(result.fixable, false);
		assert.deepEqual(
			result.lines.map((line) => [line.id, line.state, line.text]),
			[
				['registration', 'ok', 'Microsoft.StandbyPool is registered'],
				['roles', 'ok', 'The Standby Pool service has its 3 roles'],
			],
		);
	});

	it('names the missing registration and roles, and offers a fix', async () => {
		const access = new FakeAccess();
		access.registration = 'NotRegistered';
		access.assignments = access.assignments.filter(
			(entry) => !entry.roleDefinitionId.endsWith(roleIds.networkContributor),
		);
		const result = await checklist(access);
		assert.equal(result.summary, 'actionNeeded');
		assert.equal(result.fixable, true);
		assert.deepEqual(
			result.lines.map((line) => line.text),
			['Microsoft.StandbyPool is not registered', 'Roles missing for the Standby Pool service: Network Contributor'],
		);
	});

	it('says plainly when the account may not read role assignments', async () => {
		const access = new FakeAccess();
		access.fail.set('listRoleAssignments', forbidden('Microsoft.Authorization/roleAssignments/read'));
		const result = await checklist(access);
		assert.equal(result.summary, 'incomplete');
		assert.equal(result.fixable, false);
		assert.equal(result.lines[1]?.text, 'Roles unknown: your account may not read role assignments');
	});

	it('has a headline for a check that could not run at all', () => {
		assert.equal(failedChecklist('offline').headline, 'The prerequisites could not be checked: offline');
	});
});
