import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArguments } from '../../emulator/src/cliArguments';

const mainScript = path.resolve(__dirname, '../../../../dist/emulator/main.js');

interface Run {
	lines: string[];
	exit: Promise<number | null>;
	kill(signal: NodeJS.Signals): void;
}

/** Runs the bundled emulator; every run is killed after 15 s at the latest, so a hang cannot outlive the test. */
function run(args: string[], cwd: string): Run {
	const child = spawn(process.execPath, [mainScript, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
	const lines: string[] = [];
	child.stdout.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
	child.stderr.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
	const guard = setTimeout(() => child.kill('SIGKILL'), 15_000);
	const exit = new Promise<number | null>((resolve) =>
		child.on('exit', (code) => {
			clearTimeout(guard);
			resolve(code);
		}),
	);
	return { lines, exit, kill: (signal) => child.kill(signal) };
}

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
	const end = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > end) {
			throw new Error('Timed out');
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

describe('Emulator: the command line (dist/emulator/main.js)', function () {
	this.timeout(30_000);
	let workDir: string;

	before(function () {
		if (!fs.existsSync(mainScript)) {
			throw new Error(
				`${mainScript} is missing: run \`npm run build\` (or \`node esbuild.mjs --emulator-only\`) first.`,
			);
		}
		workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'standby-emulator-cli-'));
	});

	after(() => {
		fs.rmSync(workDir, { recursive: true, force: true });
	});

	it('prints the two lines, writes emulator.json in .emulator-data, and stops cleanly on SIGTERM', async () => {
		const emulator = run(['--port', '0', '--operation-delay-ms', '0'], workDir);
		await waitFor(() => emulator.lines.length >= 2);
		assert.match(emulator.lines[0] ?? '', /^Standby Pools emulator listening on https:\/\/127\.0\.0\.1:\d+$/);
		const caFile = path.join(fs.realpathSync(workDir), '.emulator-data', 'ca.pem');
		assert.equal(emulator.lines[1], `CA certificate: ${caFile}`);
		const connection = JSON.parse(fs.readFileSync(path.join(workDir, '.emulator-data', 'emulator.json'), 'utf8'));
		assert.equal(connection.url, emulator.lines[0]?.split(' ').pop());
		assert.equal(connection.caFile, caFile);
		assert.equal(connection.token, 'emulator-test-token');
		assert.equal(typeof connection.pid, 'number');
		emulator.kill('SIGTERM');
		assert.equal(await emulator.exit, 0);
		assert.equal(fs.existsSync(path.join(workDir, '.emulator-data', 'emulator.json')), false);
	});

	it('takes a seed file and a data directory', async () => {
		const seed = path.join(workDir, 'seed.json');
		fs.writeFileSync(
			seed,
			JSON.stringify({
				subscriptions: [
					{
						subscriptionId: '11111111-2222-4333-8444-555555555555',
						displayName: 'Only',
						tenantId: '11111111-2222-4333-8444-666666666666',
					},
				],
			}),
		);
		const emulator = run(['--port=0', '--seed', seed, '--data-dir', 'custom'], workDir);
		await waitFor(() => emulator.lines.length >= 2);
		assert.ok(fs.existsSync(path.join(workDir, 'custom', 'emulator.json')));
		emulator.kill('SIGINT');
		assert.equal(await emulator.exit, 0);
	});

	it('refuses unknown options with the usage line', async () => {
		const emulator = run(['--colour', 'blue'], workDir);
		assert.equal(await emulator.exit, 2);
		assert.match(emulator.lines.join('\n'), /Usage: node dist\/emulator\/main\.js/);
	});
});

describe('emulator command line: --parent-pid', () => {
	it('is read as a process id, and anything else is refused with the usage line', () => {
		assert.equal(parseArguments(['--parent-pid', '4242']).parentPid, 4242);
		assert.throws(() => parseArguments(['--parent-pid', 'abc']), /--parent-pid must be a process id[\s\S]*Usage/);
		assert.throws(() => parseArguments(['--parent-pid', '0']), /--parent-pid must be a process id/);
	});
});
