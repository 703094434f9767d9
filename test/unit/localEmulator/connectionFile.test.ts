import * as assert from 'node:assert/strict';
import * as net from 'node:net';
import { isListening, isProcessAlive, parseConnectionFile } from '../../../src/features/localEmulator/connectionFile';

const valid = {
	url: 'https://127.0.0.1:40123',
	caFile: '/data/emulator/ca.pem',
	pid: 4242,
	token: 'emulator-test-token',
};

describe('parseConnectionFile', () => {
	it('reads the address, CA file and process of a running emulator, leaving the token out', () => {
		assert.deepEqual(parseConnectionFile(JSON.stringify(valid)), {
			url: 'https://127.0.0.1:40123',
			port: 40123,
			caFile: '/data/emulator/ca.pem',
			pid: 4242,
		});
	});

	it('accepts a trailing slash and normalises it away', () => {
		assert.equal(parseConnectionFile(JSON.stringify({ ...valid, url: 'https://127.0.0.1:40123/' }))?.url, valid.url);
	});

	for (const [what, url] of [
		['another host', 'https://10.0.0.5:40123'],
		['a host name', 'https://localhost.example.com:40123'],
		['plain http', 'http://127.0.0.1:40123'],
		['a user part that hides another host', 'https://127.0.0.1:1@example.com:443'],
		['a path', 'https://127.0.0.1:40123/elsewhere'],
		['port 0', 'https://127.0.0.1:0'],
		['a port out of range', 'https://127.0.0.1:70000'],
	]) {
		it(`refuses ${what}: the settings written from it decide where requests go`, () => {
			assert.equal(parseConnectionFile(JSON.stringify({ ...valid, url })), undefined);
		});
	}

	it('refuses a relative CA path, a missing or odd process id, and text that is not JSON', () => {
		assert.equal(parseConnectionFile(JSON.stringify({ ...valid, caFile: 'ca.pem' })), undefined);
		assert.equal(parseConnectionFile(JSON.stringify({ ...valid, pid: undefined })), undefined);
		assert.equal(parseConnectionFile(JSON.stringify({ ...valid, pid: -1 })), undefined);
		assert.equal(parseConnectionFile(JSON.stringify({ ...valid, pid: 1.5 })), undefined);
		assert.equal(parseConnectionFile('{"url": "https://127.0.0.1:40123"'), undefined);
		assert.equal(parseConnectionFile('null'), undefined);
	});
});

describe('process and port probes', () => {
	it('knows this process is alive', () => {
		assert.equal(isProcessAlive(process.pid), true);
	});

	it('tells a listening port from a closed one', async () => {
		const server = net.createServer();
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const { port } = server.address() as net.AddressInfo;
		try {
			assert.equal(await isListening(port), true);
		} finally {
			await new Promise((resolve) => server.close(resolve));
		}
		assert.equal(await isListening(port), false);
	});
});
