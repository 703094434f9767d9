import assert from 'node:assert/strict';
import { apiPool, webPool, webPoolBody } from './helpers/poolRequests';
import { seedIds, startTestEmulator, type TestEmulator } from './helpers/testEmulator';

const subscriptions = '/subscriptions?api-version=2022-12-01';

describe('Emulator: injected faults', () => {
	let test: TestEmulator;

	before(async () => {
		test = await startTestEmulator();
	});

	after(async () => {
		await test.stop();
	});

	beforeEach(() => test.emulator.reset());

	async function addFault(fault: Record<string, unknown>): Promise<any> {
		const response = await test.request('POST', '/_emulator/faults', fault);
		assert.equal(response.status, 201, JSON.stringify(response.body));
		return response.body.value[0];
	}

	it('answers 429 with Retry-After for the given count, then normally, and logs the fault', async () => {
		const fault = await addFault({ path: '^/subscriptions$', status: 429, retryAfter: 2, count: 1 });
		const throttled = await test.request('GET', subscriptions);
		assert.equal(throttled.status, 429);
		assert.equal(throttled.headers['retry-after'], '2');
		assert.equal(throttled.body.error.code, 'TooManyRequests');
		assert.equal((await test.request('GET', subscriptions)).status, 200);
		assert.deepEqual((await test.request('GET', '/_emulator/faults')).body.value, []);
		const log = (await test.request('GET', '/_emulator/requests')).body.value;
		assert.equal(log[0].fault, fault.id);
		assert.equal(log[0].status, 429);
	});

	it('gives Azure-like default errors for 500, 503, 401 and 403', async () => {
		await addFault({ method: 'GET', path: '^/subscriptions$', status: 500, count: 1 });
		assert.equal((await test.request('GET', subscriptions)).body.error.code, 'InternalServerError');
		await addFault({ path: '^/subscriptions$', status: 503, count: 1 });
		assert.equal((await test.request('GET', subscriptions)).body.error.code, 'ServiceUnavailable');
		await addFault({ path: '^/subscriptions$', status: 401, count: 1 });
		const expired = await test.request('GET', subscriptions);
		assert.equal(expired.body.error.code, 'ExpiredAuthenticationToken');
		assert.match(String(expired.headers['www-authenticate']), /invalid_token/);
		await addFault({ method: 'PUT', path: 'standbyVirtualMachinePools', status: 403, count: 1 });
		const denied = await test.request('PUT', webPool(), webPoolBody());
		assert.equal(denied.body.error.code, 'AuthorizationFailed');
		assert.match(denied.body.error.message, /'Microsoft\.StandbyPool\/standbyVirtualMachinePools\/write'/);
	});

	it('matches the method, and uses the error the test gives', async () => {
		await addFault({
			method: 'PATCH',
			path: 'api-pool',
			status: 409,
			error: { code: 'Conflict', message: 'Changed elsewhere.' },
		});
		assert.equal((await test.request('GET', apiPool())).status, 200);
		const patched = await test.request('PATCH', apiPool(), { tags: {} });
		assert.equal(patched.status, 409);
		assert.deepEqual(patched.body, { error: { code: 'Conflict', message: 'Changed elsewhere.' } });
		assert.equal((await test.request('PATCH', apiPool(), { tags: {} })).status, 409, 'no count: until cleared');
		assert.equal((await test.request('DELETE', '/_emulator/faults')).status, 204);
		assert.equal((await test.request('PATCH', apiPool(), { tags: {} })).status, 200);
	});

	it('drops the connection', async () => {
		await addFault({ path: '^/subscriptions$', action: 'drop', count: 1 });
		await assert.rejects(test.request('GET', subscriptions), /socket hang up|ECONNRESET/);
		const log = (await test.request('GET', '/_emulator/requests')).body.value;
		assert.equal(log[0].status, 0);
	});

	it('delays a response, then answers normally', async () => {
		await addFault({ path: '^/subscriptions$', action: 'delay', delayMs: 300, count: 1 });
		const started = Date.now();
		const response = await test.request('GET', subscriptions);
		assert.equal(response.status, 200);
		assert.ok(Date.now() - started >= 290);
	});

	it('sends malformed JSON', async () => {
		await addFault({ path: '^/subscriptions$', action: 'malformedJson', count: 1 });
		const response = await test.request('GET', subscriptions);
		assert.equal(response.status, 200);
		assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
		assert.throws(() => JSON.parse(response.text));
	});

	it('accepts a PUT but ends its operation Failed with the error; the pool is left Failed', async () => {
		const error = { code: 'AllocationFailed', message: 'No capacity in zone 2.' };
		await addFault({ method: 'PUT', path: 'web-pool$', action: 'failOperation', error });
		const created = await test.request('PUT', webPool(), webPoolBody());
		assert.equal(created.status, 201);
		const operation = await test.request('GET', String(created.headers['azure-asyncoperation']));
		assert.equal(operation.body.status, 'Failed');
		assert.deepEqual(operation.body.error, error);
		assert.equal((await test.request('GET', webPool())).body.properties.provisioningState, 'Failed');
	});

	it('ends a DELETE operation Canceled on request, leaving the pool', async () => {
		await addFault({ method: 'DELETE', path: 'api-pool$', action: 'failOperation', operationStatus: 'Canceled' });
		const deleted = await test.request('DELETE', apiPool());
		const operation = await test.request('GET', String(deleted.headers['azure-asyncoperation']));
		assert.equal(operation.body.status, 'Canceled');
		assert.equal(typeof operation.body.error.message, 'string');
		assert.equal((await test.request('GET', apiPool())).body.properties.provisioningState, 'Canceled');
		assert.equal((await test.request('GET', String(deleted.headers['location']))).status, 409);
	});

	it('leaves the control API alone and refuses bad faults', async () => {
		await addFault({ path: '.*', status: 500 });
		assert.equal((await test.request('GET', '/_emulator/state')).status, 200);
		assert.equal((await test.request('POST', '/_emulator/faults', { path: '(' })).status, 400);
		assert.equal((await test.request('POST', '/_emulator/faults', { path: 'x', action: 'explode' })).status, 400);
		assert.equal((await test.request('POST', '/_emulator/faults', { path: 'x', delayMs: 10_000_000 })).status, 400);
	});

	it('adds latency to every ARM response', async () => {
		await test.request('POST', '/_emulator/config', { latencyMs: 200 });
		const started = Date.now();
		await test.request('GET', `/subscriptions/${seedIds.production}?api-version=2022-12-01`);
		assert.ok(Date.now() - started >= 190);
	});

	it('stops promptly while a response is delayed', async () => {
		const other = await startTestEmulatorWithDelay();
		const pending = other.request('GET', subscriptions).then(
			() => 'answered',
			() => 'failed',
		);
		await new Promise((resolve) => setTimeout(resolve, 100));
		const started = Date.now();
		await other.stop();
		assert.ok(Date.now() - started < 2000);
		assert.equal(await pending, 'failed');
	});
});

async function startTestEmulatorWithDelay(): Promise<TestEmulator> {
	const other = await startTestEmulator();
	other.emulator.addFault({ path: '^/subscriptions$', action: 'delay', delayMs: 60_000 });
	return other;
}
