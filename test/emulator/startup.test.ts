import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startTestEmulator, type TestEmulator } from './helpers/testEmulator';

describe('Emulator start-up, TLS and authentication', () => {
	let test: TestEmulator;

	before(async () => {
		test = await startTestEmulator();
	});

	after(async () => {
		await test.stop();
	});

	it('listens on 127.0.0.1 and writes emulator.json with the url, CA file, pid and token', () => {
		assert.match(test.emulator.url, /^https:\/\/127\.0\.0\.1:\d+$/);
		const written = JSON.parse(fs.readFileSync(`${test.emulator.dataDir}/emulator.json`, 'utf8'));
		assert.deepEqual(written, {
			url: test.emulator.url,
			caFile: test.emulator.caFile,
			pid: process.pid,
			token: 'emulator-test-token',
		});
		assert.match(fs.readFileSync(test.emulator.caFile, 'utf8'), /BEGIN CERTIFICATE/);
	});

	it('answers a request without a token with 401 InvalidAuthenticationToken and WWW-Authenticate', async () => {
		const response = await test.request('GET', '/subscriptions?api-version=2022-12-01', undefined, {
			Authorization: '',
		});
		assert.equal(response.status, 401);
		assert.equal(response.body.error.code, 'InvalidAuthenticationToken');
		assert.match(String(response.headers['www-authenticate']), /^Bearer /);
	});

	it('answers a wrong token with 401, on the control API too', async () => {
		const arm = await test.request('GET', '/subscriptions?api-version=2022-12-01', undefined, {
			Authorization: 'Bearer nope',
		});
		const control = await test.request('GET', '/_emulator/state', undefined, { Authorization: 'Bearer nope' });
		assert.equal(arm.status, 401);
		assert.equal(control.status, 401);
	});

	it('never records headers in the request log', async () => {
		await test.request('GET', '/subscriptions?api-version=2022-12-01');
		const state = await test.request('GET', '/_emulator/state');
		assert.ok(state.body.requestLog.length > 0);
		assert.doesNotMatch(state.text, /emulator-test-token|Bearer/i);
	});

	it('reuses the CA on a second start in the same data directory', async () => {
		const before = fs.readFileSync(test.emulator.caFile, 'utf8');
		const { startEmulator } = await import('../../emulator/src/index');
		const second = await startEmulator({ port: 0, dataDir: test.emulator.dataDir, writeConnectionFile: false });
		try {
			assert.equal(fs.readFileSync(second.caFile, 'utf8'), before);
		} finally {
			await second.stop();
		}
	});
});
