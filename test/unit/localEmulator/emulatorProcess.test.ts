import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as https from 'node:https';
import * as os from 'node:os';
import * as path from 'node:path';
import { findRunningEmulator, isProcessAlive } from '../../../src/features/localEmulator/connectionFile';
import {
	EmulatorStartError,
	launchEmulator,
	stopEmulatorProcess,
	type EmulatorChild,
} from '../../../src/features/localEmulator/emulatorProcess';

/** The bundle the extension ships, from the compiled test's folder (out/test/unit/localEmulator). */
const bundledEmulator = path.resolve(__dirname, '..', '..', '..', '..', 'dist', 'emulator', 'main.js');

function get(url: string, caFile: string): Promise<{ status: number; body: string }> {
	return new Promise((resolve, reject) => {
		const request = https.get(
			url,
			{ ca: fs.readFileSync(caFile), headers: { authorization: 'Bearer emulator-test-token' }, timeout: 5000 },
			(response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () =>
					resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
				);
			},
		);
		request.on('error', reject);
	});
}

/** A stand-in for main.js, for the ways a start can fail. */
function fakeEmulator(folder: string, source: string): string {
	const file = path.join(folder, 'fake-main.js');
	fs.writeFileSync(file, source);
	return file;
}

describe('launchEmulator (the bundled dist/emulator/main.js)', function () {
	this.timeout(40_000);
	let folder: string;
	let child: EmulatorChild | undefined;
	const output: string[] = [];

	before(function () {
		assert.ok(fs.existsSync(bundledEmulator), `${bundledEmulator} is missing: run npm run build first`);
		folder = fs.mkdtempSync(path.join(os.tmpdir(), 'standby-pools-emulator-'));
	});

	after(async () => {
		await child?.stop();
		fs.rmSync(folder, { recursive: true, force: true });
	});

	it('starts on a free port with the built-in sample estate and says where it is', async () => {
		child = await launchEmulator({
			nodePath: process.execPath,
			mainScript: bundledEmulator,
			dataDir: path.join(folder, 'data'),
			env: process.env,
			onOutput: (line) => output.push(line),
		});
		assert.match(child.url, /^https:\/\/127\.0\.0\.1:\d+$/);
		assert.equal(child.caFile, path.join(folder, 'data', 'ca.pem'));
		assert.ok(isProcessAlive(child.pid));

		const subscriptions = await get(`${child.url}/subscriptions?api-version=2022-12-01`, child.caFile);
		assert.equal(subscriptions.status, 200);
		assert.match(subscriptions.body, /Contoso Production/, 'the seed bundled into main.js');
		assert.ok(
			output.some((line) => line.startsWith('Standby Pools emulator listening on')),
			output.join('\n'),
		);
	});

	it('is found again through emulator.json while it runs, as another window would find it', async () => {
		const found = await findRunningEmulator(path.join(folder, 'data'));
		assert.equal(found?.url, child?.url);
		assert.equal(found?.pid, child?.pid);
	});

	it('stops on request and removes emulator.json', async () => {
		const running = child;
		assert.ok(running);
		await running.stop();
		child = undefined;
		assert.equal(isProcessAlive(running.pid), false);
		assert.equal(fs.existsSync(path.join(folder, 'data', 'emulator.json')), false);
		assert.equal(await findRunningEmulator(path.join(folder, 'data')), undefined);
	});

	it('restarts quickly with the CA it kept, on a new port', async () => {
		const started = Date.now();
		child = await launchEmulator({
			nodePath: process.execPath,
			mainScript: bundledEmulator,
			dataDir: path.join(folder, 'data'),
			env: process.env,
		});
		assert.ok(Date.now() - started < 10_000);
		await child.stop();
		child = undefined;
	});

	it('stops an emulator it did not start, by its process id', async () => {
		const other = await launchEmulator({
			nodePath: process.execPath,
			mainScript: bundledEmulator,
			dataDir: path.join(folder, 'other'),
			env: process.env,
		});
		await stopEmulatorProcess(other.pid);
		await other.exited;
		assert.equal(isProcessAlive(other.pid), false);
	});
});

describe('launchEmulator failures', function () {
	this.timeout(20_000);
	let folder: string;

	beforeEach(() => {
		folder = fs.mkdtempSync(path.join(os.tmpdir(), 'standby-pools-emulator-'));
	});

	afterEach(() => {
		fs.rmSync(folder, { recursive: true, force: true });
	});

	it('reports an emulator that exits while starting, with what it wrote to stderr', async () => {
		const mainScript = fakeEmulator(folder, "process.stderr.write('port in use\\n'); process.exit(3);");
		await assert.rejects(
			launchEmulator({ nodePath: process.execPath, mainScript, dataDir: path.join(folder, 'data'), env: {} }),
			(error: unknown) =>
				error instanceof EmulatorStartError && error.reason === 'exited' && /port in use/.test(error.detail),
		);
	});

	it('gives up after the timeout', async () => {
		const mainScript = fakeEmulator(folder, 'setInterval(() => undefined, 1000);');
		await assert.rejects(
			launchEmulator({
				nodePath: process.execPath,
				mainScript,
				dataDir: path.join(folder, 'data'),
				env: {},
				timeoutMs: 300,
			}),
			(error: unknown) => error instanceof EmulatorStartError && error.reason === 'timedOut',
		);
	});

	it('stops starting when cancelled', async () => {
		const mainScript = fakeEmulator(folder, 'setInterval(() => undefined, 1000);');
		const abort = new AbortController();
		setTimeout(() => abort.abort(), 200);
		await assert.rejects(
			launchEmulator({
				nodePath: process.execPath,
				mainScript,
				dataDir: path.join(folder, 'data'),
				env: {},
				signal: abort.signal,
			}),
			(error: unknown) => error instanceof EmulatorStartError && error.reason === 'cancelled',
		);
	});

	it('does not take a connection file left by another process for its own', async () => {
		const dataDir = path.join(folder, 'data');
		fs.mkdirSync(dataDir);
		fs.writeFileSync(
			path.join(dataDir, 'emulator.json'),
			JSON.stringify({ url: 'https://127.0.0.1:1', caFile: path.join(dataDir, 'ca.pem'), pid: process.pid }),
		);
		const mainScript = fakeEmulator(folder, 'setInterval(() => undefined, 1000);');
		await assert.rejects(
			launchEmulator({ nodePath: process.execPath, mainScript, dataDir, env: {}, timeoutMs: 500 }),
			(error: unknown) => error instanceof EmulatorStartError && error.reason === 'timedOut',
		);
	});
});
