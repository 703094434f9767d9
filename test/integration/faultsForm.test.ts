import * as assert from 'node:assert/strict';
import { AzureSessionManager } from '../../src/core/azure/azureSessionManager';
import { ResourceChanges } from '../../src/core/resourceChanges';
import type { PoolFormValues } from '../../src/features/poolForm/poolFormModel';
import { explorer, type TestExplorer } from './explorerHelpers';
import { RecordedForm } from './faultForm';
import {
	assertExplains,
	expectedMessages,
	FaultControl,
	faultTest,
	setLogLevel,
	UnhandledRejections,
	withUserSetting,
	type Fault,
} from './faultHelpers';
import { EmulatorControl, waitFor } from './testEnvironment';

/** The create form's pool, in rg-web next to web-vmss. */
const newPool = 'web-new';
const putNewPool = `standbyVirtualMachinePools/${newPool}$`;
const patchApiPool = 'standbyVirtualMachinePools/api-pool$';

interface FaultCase {
	readonly title: string;
	readonly fault: Fault;
	/** What the form says; undefined when the request succeeds after the SDK's retries. */
	readonly expected?: { what: RegExp; next: RegExp };
	/** The statuses the emulator logs for the faulted request, in order (0 is a dropped connection). */
	readonly statuses?: readonly number[];
}

/** Waits until a request that a `delay` fault held back has been answered, so that it cannot leak into the next test. */
async function drained(faults: FaultControl, path: string, method: string): Promise<void> {
	await waitFor(async () => (await faults.requests(new RegExp(path), method)).length > 0, {
		description: `the delayed ${method} to finish`,
	});
}

suite('Faults: the pool form (create and edit)', function () {
	this.timeout(60_000);
	let faults: FaultControl;
	let tree: TestExplorer;
	let sessions: AzureSessionManager;
	let changes: ResourceChanges;
	let rejections: UnhandledRejections;
	let previousLogLevel: string | undefined;
	let webVmss: string;

	suiteSetup(async () => {
		faults = new FaultControl(new EmulatorControl());
		tree = await explorer();
		sessions = new AzureSessionManager();
		changes = new ResourceChanges();
		rejections = new UnhandledRejections();
		previousLogLevel = await setLogLevel('trace');
	});

	suiteTeardown(async () => {
		rejections.dispose();
		if (previousLogLevel) {
			await setLogLevel(previousLogLevel);
		}
		sessions.dispose();
		changes.dispose();
	});

	setup(async () => {
		await faults.reset();
		webVmss = await faults.scaleSetId('web-vmss');
	});

	const check = (title: string, body: () => Promise<void>): Mocha.Test =>
		faultTest(title, body, () => ({ tree, faults, rejections }));

	async function openCreate(): Promise<{ form: RecordedForm; values: PoolFormValues }> {
		const form = new RecordedForm({ sessions, changes }, { mode: 'create', scaleSetId: webVmss });
		const defaults = await form.open();
		return { form, values: { ...defaults, name: newPool, minReadyCapacity: '1', maxReadyCapacity: '3' } };
	}

	async function openEdit(): Promise<{ form: RecordedForm; values: PoolFormValues }> {
		const pool = (await faults.pool('api-pool')) ?? assert.fail('no api-pool in the seed');
		const form = new RecordedForm({ sessions, changes }, { mode: 'edit', poolId: pool.id });
		const original = await form.open();
		return { form, values: { ...original, maxReadyCapacity: '12', tags: [{ key: 'team', value: 'web <b>&</b>' }] } };
	}

	const createCases: FaultCase[] = [
		{
			title: '429 with Retry-After, honoured, then created',
			fault: { method: 'PUT', path: putNewPool, count: 1, status: 429, retryAfter: 1 },
			statuses: [429, 201],
		},
		{
			title: '503 once: retried, then created',
			fault: { method: 'PUT', path: putNewPool, count: 1, status: 503 },
			statuses: [503, 201],
		},
		{
			title: 'a dropped connection on every attempt: retried, then a clear error',
			fault: { method: 'PUT', path: putNewPool, action: 'drop' },
			expected: expectedMessages.dropped,
			statuses: [0, 0, 0, 0],
		},
		{
			title: '401 once: a new token is fetched and the pool is created',
			fault: { method: 'PUT', path: putNewPool, count: 1, status: 401 },
			statuses: [401, 201],
		},
		{
			title: '409 conflict: says so and what to do',
			fault: { method: 'PUT', path: putNewPool, status: 409 },
			expected: expectedMessages.conflict,
			statuses: [409],
		},
		{
			title: 'a malformed JSON answer: says it could not be read',
			fault: { method: 'PUT', path: putNewPool, action: 'malformedJson' },
			expected: expectedMessages.malformed,
			statuses: [201],
		},
	];

	for (const { title, fault, expected, statuses } of createCases) {
		check(`create, ${title}`, async () => {
			const { form, values } = await openCreate();
			await faults.addFault(fault);
			await form.typeAndSubmit(values);

			if (expected) {
				assertExplains(form.failure().message, expected);
				await form.assertKeeps(values);
			} else {
				assert.ok(form.succeeded(), JSON.stringify(form.messages.at(-1)));
				assert.ok(await faults.pool(newPool), 'the pool exists in Azure');
			}
			if (statuses) {
				assert.deepEqual(await faults.statuses(new RegExp(putNewPool), 'PUT'), statuses);
			}
		});
	}

	check(
		'create, 500 on every attempt: retried, a clear error; once it clears, what was kept creates the pool',
		async () => {
			const { form, values } = await openCreate();
			await faults.addFault({ method: 'PUT', path: putNewPool, status: 500 });
			await form.typeAndSubmit(values);
			assertExplains(form.failure().message, expectedMessages.serverError);
			await form.assertKeeps(values);
			assert.deepEqual(await faults.statuses(new RegExp(putNewPool), 'PUT'), [500, 500, 500, 500]);

			await faults.clearFaults();
			const kept = (await form.controller.unsavedValues()) ?? assert.fail('nothing kept');
			await form.controller.handle({ type: 'submit', values: kept });
			assert.ok(form.succeeded(), JSON.stringify(form.messages.at(-1)));
			assert.equal((await faults.pool(newPool))?.properties.elasticityProfile?.maxReadyCapacity, 3);
		},
	);

	check('create, a long-running operation that ends Failed: its own message, not a generic one', async () => {
		const { form, values } = await openCreate();
		await faults.addFault({
			method: 'PUT',
			path: putNewPool,
			count: 1,
			action: 'failOperation',
			error: { code: 'AllocationFailed', message: 'Allocation failed in zone 2: no Standard_D2s_v5 capacity.' },
		});
		await form.typeAndSubmit(values);

		const failure = form.failure();
		assert.equal(failure.message, 'Allocation failed in zone 2: no Standard_D2s_v5 capacity.');
		assert.equal(failure.code, 'AllocationFailed');
		assert.doesNotMatch(failure.message, /long-running operation/i);
		await form.assertKeeps(values);
	});

	check('create, 403 AuthorizationFailed: the message names the missing permission', async () => {
		const { form, values } = await openCreate();
		await faults.addFault({ method: 'PUT', path: putNewPool, status: 403 });
		await form.typeAndSubmit(values);

		const failure = form.failure();
		assert.equal(failure.code, 'AuthorizationFailed');
		assert.match(failure.message, /'Microsoft\.StandbyPool\/standbyVirtualMachinePools\/write'/);
		await form.assertKeeps(values);
	});

	check('create, slower than the request timeout: says so, and keeps what was typed', async () => {
		await withUserSetting('requestTimeoutSeconds', 1, async () => {
			const { form, values } = await openCreate();
			await faults.addFault({ method: 'PUT', path: putNewPool, count: 1, action: 'delay', delayMs: 1600 });
			await form.typeAndSubmit(values);

			assertExplains(form.failure().message, expectedMessages.timeout);
			await form.assertKeeps(values);
			await drained(faults, putNewPool, 'PUT');
		});
	});

	check('create, the scale set was deleted elsewhere meanwhile: the error shows at the scale set', async () => {
		const { form, values } = await openCreate();
		await faults.deleteElsewhere(webVmss);
		await form.typeAndSubmit(values);

		const failure = form.failure();
		assert.equal(failure.field, 'scaleSet');
		await form.assertKeeps(values);
	});

	const editCases: FaultCase[] = [
		{
			title: '429 with Retry-After, honoured, then saved',
			fault: { method: 'PATCH', path: patchApiPool, count: 1, status: 429, retryAfter: 1 },
			statuses: [429, 200],
		},
		{
			title: '500 once: retried, then saved',
			fault: { method: 'PATCH', path: patchApiPool, count: 1, status: 500 },
			statuses: [500, 200],
		},
		{
			title: '503 with Retry-After on every attempt: retried as told, then a clear error',
			fault: { method: 'PATCH', path: patchApiPool, status: 503, retryAfter: 1 },
			expected: expectedMessages.unavailable,
			statuses: [503, 503, 503, 503],
		},
		{
			title: 'a dropped connection once: retried, then saved',
			fault: { method: 'PATCH', path: patchApiPool, count: 1, action: 'drop' },
			statuses: [0, 200],
		},
		{
			title: '401 once: a new token is fetched and the change is saved',
			fault: { method: 'PATCH', path: patchApiPool, count: 1, status: 401 },
			statuses: [401, 200],
		},
		{
			title: '409 conflict: says so and what to do',
			fault: { method: 'PATCH', path: patchApiPool, status: 409 },
			expected: expectedMessages.conflict,
			statuses: [409],
		},
		{
			title: 'a malformed JSON answer: says it could not be read',
			fault: { method: 'PATCH', path: patchApiPool, action: 'malformedJson' },
			expected: expectedMessages.malformed,
			statuses: [200],
		},
	];

	for (const { title, fault, expected, statuses } of editCases) {
		check(`edit, ${title}`, async () => {
			const { form, values } = await openEdit();
			await faults.addFault(fault);
			await form.typeAndSubmit(values);

			if (expected) {
				assertExplains(form.failure().message, expected);
				await form.assertKeeps(values);
			} else {
				assert.ok(form.succeeded(), JSON.stringify(form.messages.at(-1)));
				assert.equal((await faults.pool('api-pool'))?.properties.elasticityProfile?.maxReadyCapacity, 12);
			}
			if (statuses) {
				assert.deepEqual(await faults.statuses(new RegExp(patchApiPool), 'PATCH'), statuses);
			}
		});
	}

	check('edit, 403 AuthorizationFailed: the message names the missing permission', async () => {
		const { form, values } = await openEdit();
		await faults.addFault({ method: 'PATCH', path: patchApiPool, status: 403 });
		await form.typeAndSubmit(values);

		assert.match(form.failure().message, /'Microsoft\.StandbyPool\/standbyVirtualMachinePools\/write'/);
		await form.assertKeeps(values);
	});

	check('edit, slower than the request timeout: says so, and keeps what was typed', async () => {
		await withUserSetting('requestTimeoutSeconds', 1, async () => {
			const { form, values } = await openEdit();
			await faults.addFault({ method: 'PATCH', path: patchApiPool, count: 1, action: 'delay', delayMs: 1600 });
			await form.typeAndSubmit(values);

			assertExplains(form.failure().message, expectedMessages.timeout);
			await form.assertKeeps(values);
			await drained(faults, patchApiPool, 'PATCH');
		});
	});

	check(
		'edit, 404 for a pool deleted elsewhere: says it may be gone, keeps the input; reopening says so too',
		async () => {
			const { form, values } = await openEdit();
			const pool = (await faults.pool('api-pool')) ?? assert.fail('no api-pool');
			await faults.deleteElsewhere(pool.id);
			await form.typeAndSubmit(values);

			const failure = form.failure();
			assert.equal(failure.code, 'ResourceNotFound');
			assertExplains(failure.message, expectedMessages.notFound);
			await form.assertKeeps(values);

			const reopened = new RecordedForm({ sessions, changes }, { mode: 'edit', poolId: pool.id });
			await reopened.controller.handle({ type: 'ready' });
			assertExplains(reopened.last('loadFailed')?.message ?? assert.fail('no loadFailed'), expectedMessages.notFound);
		},
	);
});
