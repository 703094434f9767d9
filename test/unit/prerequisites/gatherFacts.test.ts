import * as assert from 'node:assert/strict';
import { gatherFacts, pickStandbyPoolPrincipal } from '../../../src/core/prerequisites/gatherFacts';
import { resolveTarget } from '../../../src/core/prerequisites/checkTarget';
import {
	FakeAccess,
	poolId,
	scaleSetId,
	scaleSetSummary,
	scaleSetTarget,
	standbyPoolPrincipal,
	subscriptionId,
} from './fakeAccess';

describe('gatherFacts', () => {
	it('reads the registration, the principal and its assignments: three requests', async () => {
		const access = new FakeAccess();
		const facts = await gatherFacts(access.apis, scaleSetTarget());
		assert.deepEqual([...access.calls].sort(), ['findServicePrincipals', 'getProvider', 'listRoleAssignments']);
		assert.ok(facts.registration.ok && facts.registration.value === 'Registered');
		assert.ok(facts.assignments?.ok && facts.assignments.value.length === 3);
	});

	it('skips the assignments when there is no principal to ask about', async () => {
		const access = new FakeAccess();
		access.principals = [];
		const facts = await gatherFacts(access.apis, scaleSetTarget());
		assert.equal(facts.assignments, undefined);
		assert.ok(!access.calls.includes('listRoleAssignments'));
	});

	it('lets a cancellation through instead of reporting it', async () => {
		const access = new FakeAccess();
		const controller = new AbortController();
		controller.abort();
		const aborted = Object.assign(new Error('aborted'), { name: 'AbortError' });
		access.fail.set('getProvider', aborted);
		await assert.rejects(gatherFacts(access.apis, scaleSetTarget(), { abortSignal: controller.signal }), /aborted/);
	});
});

describe('pickStandbyPoolPrincipal', () => {
	const imposter = {
		...standbyPoolPrincipal,
		id: '11111111-1111-1111-1111-111111111111',
		appOwnerOrganizationId: '22222222-2222-2222-2222-222222222222',
	};

	it('takes the principal whose application Microsoft owns', () => {
		assert.equal(pickStandbyPoolPrincipal([imposter, standbyPoolPrincipal]), standbyPoolPrincipal);
	});

	it('never takes an application another tenant owns, even when it is the only one', () => {
		assert.equal(pickStandbyPoolPrincipal([imposter]), undefined);
	});

	it('takes a principal without owner information (the emulator), by exact name only', () => {
		const anonymous = { ...standbyPoolPrincipal, appOwnerOrganizationId: undefined };
		assert.equal(pickStandbyPoolPrincipal([anonymous]), anonymous);
		assert.equal(
			pickStandbyPoolPrincipal([{ ...anonymous, displayName: 'Standby Pool Resource Provider 2' }]),
			undefined,
		);
	});
});

describe('resolveTarget', () => {
	it('uses a scale set node as it is, without a request', async () => {
		const access = new FakeAccess();
		const target = await resolveTarget(access.apis, {
			kind: 'scaleSet',
			scaleSet: scaleSetSummary({ galleryImage: true }),
		});
		assert.deepEqual(target.galleryImageScaleSets, ['web-vmss']);
		assert.equal(target.scaleSetId, scaleSetId);
		assert.deepEqual(access.calls, []);
	});

	it('reads the scale set of a scale set id, and the pool and its scale set of a pool id', async () => {
		const access = new FakeAccess();
		const scaleSet = await resolveTarget(access.apis, { kind: 'resourceId', id: scaleSetId });
		assert.equal(scaleSet.kind, 'scaleSet');
		const pool = await resolveTarget(access.apis, { kind: 'resourceId', id: poolId });
		assert.equal(pool.kind, 'pool');
		assert.equal(pool.label, 'web-pool');
		assert.equal(pool.scaleSetId, scaleSetId);
		assert.deepEqual(access.calls, ['getScaleSet', 'getPool', 'getScaleSet']);
	});

	it('for a subscription, names the Flexible scale sets with gallery images', async () => {
		const access = new FakeAccess();
		access.scaleSet = scaleSetSummary({ galleryImage: true });
		const target = await resolveTarget(access.apis, { kind: 'subscription', subscriptionId, displayName: 'Contoso' });
		assert.deepEqual(target.galleryImageScaleSets, ['web-vmss']);
		assert.equal(target.label, 'Contoso');
		access.scaleSet = scaleSetSummary({ galleryImage: true, orchestrationMode: 'Uniform' });
		const uniform = await resolveTarget(access.apis, { kind: 'resourceId', id: `/subscriptions/${subscriptionId}` });
		assert.deepEqual(uniform.galleryImageScaleSets, []);
	});

	it('still checks a pool whose scale set cannot be read, without the gallery roles', async () => {
		const access = new FakeAccess();
		access.fail.set('getScaleSet', new Error('gone'));
		const target = await resolveTarget(access.apis, { kind: 'resourceId', id: poolId });
		assert.equal(target.galleryImageScaleSets, undefined);
		assert.equal(target.scaleSetId, scaleSetId);
	});

	it('refuses an id it cannot check', async () => {
		await assert.rejects(
			resolveTarget(new FakeAccess().apis, {
				kind: 'resourceId',
				id: `/subscriptions/${subscriptionId}/resourceGroups/rg`,
			}),
			/Not a subscription, scale set or standby pool id/,
		);
	});
});
