import * as assert from 'node:assert/strict';
import { AzureRequestError } from '../../../src/core/azure/azureRequestError';
import { fieldForError } from '../../../src/features/poolForm/errorFieldMapping';
import { loadPoolForm } from '../../../src/features/poolForm/poolFormLoader';
import { submitPoolForm } from '../../../src/features/poolForm/poolFormSubmit';
import { FakeSession, scaleSetSummary } from './fakeSession';
import { existingPool, poolId, scaleSetId } from './fixtures';

const apiVersion = '2026-04-01';

describe('loadPoolForm', () => {
	it('prepares a create form from the scale set, with defaults that pass the rules', async () => {
		const session = new FakeSession();
		const loaded = await loadPoolForm(session.api, { mode: 'create', scaleSetId }, apiVersion);
		assert.equal(loaded.context.location, 'eastus');
		assert.equal(loaded.context.resourceGroup, 'rg-web');
		assert.equal(loaded.context.scaleSet?.otherPoolName, undefined);
		assert.equal(loaded.initialValues.name, 'web-vmss-pool');
		assert.equal(loaded.initialValues.maxReadyCapacity, '4');
	});

	it('notices a pool already attached to the scale set', async () => {
		const session = new FakeSession();
		session.poolsById.set(poolId.toLowerCase(), existingPool());
		const loaded = await loadPoolForm(
			session.api,
			{ mode: 'create', scaleSetId: scaleSetId.toUpperCase() },
			apiVersion,
		);
		assert.equal(loaded.context.scaleSet?.otherPoolName, 'web-pool');
	});

	it('still opens when the pools cannot be listed', async () => {
		const session = new FakeSession();
		session.failList = true;
		const lines: string[] = [];
		const loaded = await loadPoolForm(session.api, { mode: 'create', scaleSetId }, apiVersion, (line) =>
			lines.push(line),
		);
		assert.equal(loaded.context.scaleSet?.otherPoolName, undefined);
		assert.match(lines.join('\n'), /Could not list pools/);
	});

	it('prepares an edit form from the pool, keeping the pool as the service returned it', async () => {
		const session = new FakeSession();
		const pool = existingPool();
		session.poolsById.set(poolId.toLowerCase(), pool);
		const loaded = await loadPoolForm(session.api, { mode: 'edit', poolId }, apiVersion);
		assert.equal(loaded.context.originalPool, pool);
		assert.equal(loaded.initialValues.maxReadyCapacity, '10');
		assert.equal(loaded.context.scaleSet?.name, 'web-vmss');
	});

	it('edits a pool whose scale set is gone, without the scale-set checks', async () => {
		const session = new FakeSession();
		session.scaleSet = scaleSetSummary({ id: `${scaleSetId}-other` });
		session.poolsById.set(poolId.toLowerCase(), existingPool());
		const loaded = await loadPoolForm(session.api, { mode: 'edit', poolId }, apiVersion);
		assert.equal(loaded.context.scaleSet, undefined);
		assert.equal(loaded.context.scaleSetId, scaleSetId);
	});

	it('fails with the API error when the pool is gone', async () => {
		await assert.rejects(loadPoolForm(new FakeSession().api, { mode: 'edit', poolId }, apiVersion), /not found/);
	});
});

describe('submitPoolForm', () => {
	async function createForm(session: FakeSession) {
		return loadPoolForm(session.api, { mode: 'create', scaleSetId }, apiVersion);
	}

	it('sends nothing while anything is invalid', async () => {
		const session = new FakeSession();
		const { context, initialValues } = await createForm(session);
		const outcome = await submitPoolForm(
			session.api,
			context,
			{ ...initialValues, name: 'x', maxReadyCapacity: '-1' },
			() => undefined,
		);
		assert.equal(outcome.kind, 'invalid');
		assert.deepEqual(Object.keys(outcome.kind === 'invalid' ? outcome.errors : {}).sort(), [
			'maxReadyCapacity',
			'name',
		]);
		assert.deepEqual(
			session.calls.filter((call) => call.method !== 'getScaleSet'),
			[],
		);
	});

	it('creates with a PUT after making sure the name is free, reporting progress', async () => {
		const session = new FakeSession();
		const { context, initialValues } = await createForm(session);
		const progress: string[] = [];
		const outcome = await submitPoolForm(session.api, context, initialValues, (status) => progress.push(status));
		assert.equal(outcome.kind, 'succeeded');
		const id = `/subscriptions/${context.subscriptionId}/resourceGroups/rg-web/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/web-vmss-pool`;
		assert.deepEqual(
			session.calls.filter((call) => call.method !== 'getScaleSet').map((call) => `${call.method} ${call.id}`),
			[`GET ${id}`, `PUT ${id}`],
		);
		assert.deepEqual(progress, ['InProgress']);
	});

	it('refuses to replace a pool that already has the name', async () => {
		const session = new FakeSession();
		session.poolsById.set(poolId.toLowerCase(), existingPool({ attachedVirtualMachineScaleSetId: '/elsewhere' }));
		const { context, initialValues } = await createForm(session);
		const outcome = await submitPoolForm(session.api, context, { ...initialValues, name: 'web-pool' }, () => undefined);
		assert.equal(outcome.kind, 'failed');
		assert.equal(outcome.kind === 'failed' && outcome.field, 'name');
		assert.equal(
			session.calls.some((call) => call.method === 'PUT'),
			false,
		);
	});

	it('maps an Azure error to the field it names and keeps its message', async () => {
		const session = new FakeSession();
		session.failCreate = new AzureRequestError(
			'Too few.',
			'BadRequest',
			400,
			'properties.elasticityProfile.minReadyCapacity',
		);
		const { context, initialValues } = await createForm(session);
		const outcome = await submitPoolForm(session.api, context, initialValues, () => undefined);
		assert.deepEqual(outcome, {
			kind: 'failed',
			poolId: outcome.kind === 'failed' ? outcome.poolId : '',
			message: 'Too few.',
			code: 'BadRequest',
			field: 'minReadyCapacity',
		});
	});

	it('reports other failures without a field', async () => {
		const session = new FakeSession();
		session.failCreate = new Error('socket hang up');
		const { context, initialValues } = await createForm(session);
		const outcome = await submitPoolForm(session.api, context, initialValues, () => undefined);
		assert.equal(outcome.kind === 'failed' && outcome.message, 'socket hang up');
		assert.equal(outcome.kind === 'failed' && outcome.field, undefined);
	});

	it('edits with a PATCH of only the changes, and sends nothing when nothing changed', async () => {
		const session = new FakeSession();
		session.poolsById.set(poolId.toLowerCase(), existingPool());
		const { context, initialValues } = await loadPoolForm(session.api, { mode: 'edit', poolId }, apiVersion);
		assert.deepEqual(await submitPoolForm(session.api, context, initialValues, () => undefined), { kind: 'unchanged' });
		const outcome = await submitPoolForm(
			session.api,
			context,
			{ ...initialValues, virtualMachineState: 'Running' },
			() => undefined,
		);
		assert.equal(outcome.kind, 'succeeded');
		const patches = session.calls.filter((call) => call.method === 'PATCH');
		assert.deepEqual(patches, [
			{ method: 'PATCH', id: poolId, body: { properties: { virtualMachineState: 'Running' } } },
		]);
	});

	it('re-checks an edit: no direct switch from Deallocated to Hibernated reaches Azure', async () => {
		const session = new FakeSession();
		session.scaleSet = scaleSetSummary({ hibernationEnabled: true });
		session.poolsById.set(poolId.toLowerCase(), existingPool());
		const { context, initialValues } = await loadPoolForm(session.api, { mode: 'edit', poolId }, apiVersion);
		const outcome = await submitPoolForm(
			session.api,
			context,
			{ ...initialValues, virtualMachineState: 'Hibernated' },
			() => undefined,
		);
		assert.equal(outcome.kind, 'invalid');
		assert.equal(
			session.calls.some((call) => call.method === 'PATCH'),
			false,
		);
	});
});

describe('fieldForError', () => {
	const cases: [string | undefined, string | undefined][] = [
		['properties.elasticityProfile.minReadyCapacity', 'minReadyCapacity'],
		['$.properties.elasticityProfile.maxReadyCapacity', 'maxReadyCapacity'],
		['properties.elasticityProfile', 'maxReadyCapacity'],
		['properties.virtualMachineState', 'virtualMachineState'],
		['properties.vmStateDistribution.runningPercent', 'runningPercent'],
		['properties.vmStateDistribution', 'vmStateDistribution'],
		['properties.attachedVirtualMachineScaleSetId', 'scaleSet'],
		['location', 'scaleSet'],
		["tags['cost center']", 'tags'],
		['standbyVirtualMachinePoolName', 'name'],
		['properties/elasticityProfile/postProvisioningDelay', 'postProvisioningDelay'],
		['somethingElse', undefined],
		[undefined, undefined],
	];
	for (const [target, field] of cases) {
		it(`maps ${JSON.stringify(target)} to ${String(field)}`, () => {
			assert.equal(fieldForError(target), field);
		});
	}

	it('falls back to the details', () => {
		assert.equal(
			fieldForError(undefined, [{ target: 'nothing' }, { target: 'properties.virtualMachineState' }]),
			'virtualMachineState',
		);
	});
});
