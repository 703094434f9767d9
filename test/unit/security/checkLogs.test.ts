import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const script = path.join(root, 'scripts', 'check-logs.mjs');

/** Lays out a code-server logs folder as a run leaves it, with the given extension log and host log. */
function logsFolder(extensionLog: string, hostLog = ''): string {
	const logs = fs.mkdtempSync(path.join(os.tmpdir(), 'standby-check-logs-'));
	const exthost = path.join(logs, '20260101T000000', 'exthost1');
	fs.mkdirSync(path.join(exthost, 'standby-pools-dev.standby-pools'), { recursive: true });
	fs.writeFileSync(path.join(exthost, 'standby-pools-dev.standby-pools', 'Standby Pools.log'), extensionLog);
	fs.writeFileSync(path.join(exthost, 'remoteexthost.log'), hostLog);
	return logs;
}

function scan(...targets: string[]): { status: number | null; output: string } {
	const result = spawnSync(process.execPath, [script, ...targets], { encoding: 'utf8' });
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const cleanLines = [
	'2026-01-01 00:00:00.000 [info] [extension] Standby Pools 0.1.0 activated in 8 ms',
	'2026-01-01 00:00:00.100 [trace] [http] GET /subscriptions?api-version=2022-12-01 → 200 in 3 ms',
	"2026-01-01 00:00:00.200 [error] [command] Delete standby pool failed: The client does not have authorization to perform action 'x/delete'. (AuthorizationFailed)",
	'2026-01-01 00:00:00.300 [info] [http] Azure refused the token (401); retrying once with a new token',
	'2026-01-01 00:00:00.400 [warn] [test] Bearer <redacted> was refused',
].join('\n');

describe('scripts/check-logs.mjs', () => {
	const folders: string[] = [];
	const folder = (extensionLog: string, hostLog?: string): string => {
		const created = logsFolder(extensionLog, hostLog);
		folders.push(created);
		return created;
	};

	after(() => {
		for (const created of folders) {
			fs.rmSync(created, { recursive: true, force: true });
		}
	});

	it('passes a clean run, counting what it read', () => {
		const { status, output } = scan(folder(cleanLines));
		assert.equal(status, 0, output);
		assert.match(output, /1 extension log\(s\) with 5 lines \(1 HTTP request lines\)/);
	});

	const leaks: [string, string][] = [
		['the emulator test token', 'GET /x with emulator-test-token'],
		['a bearer token', 'headers: { authorization: "Bearer abcdefgh12345678" }'],
		['an Authorization header', 'Authorization: Basic dXNlcjpwYXNz'],
		['a JSON Web Token', 'token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.sig'],
		['a secret field', '{"refresh_token":"0.AAAAsomething-long"}'],
	];
	for (const [kind, line] of leaks) {
		it(`fails on ${kind}, naming the file and line but not the secret`, () => {
			const { status, output } = scan(folder(`${cleanLines}\n${line}`));
			assert.equal(status, 1, output);
			assert.match(output, new RegExp(`Standby Pools\\.log:6: ${kind}`));
			assert.ok(!output.includes('abcdefgh12345678') && !output.includes('0.AAAAsomething-long'), output);
		});
	}

	it('fails on an error or unhandled rejection from the extension in the extension host log', () => {
		const hostLog = [
			'2026-01-01 00:00:01.000 [info] Extension host started',
			'2026-01-01 00:00:02.000 [error] Error: something went wrong',
			`\tat run (${root}/dist/extension.js:1:2)`,
			'2026-01-01 00:00:03.000 [error] Error: from another extension',
			'\tat run (/somewhere/else/extension.js:1:2)',
			`2026-01-01 00:00:04.000 [error] Error: EEXIST: file already exists, open '${root}/.state/run/ud/vscode.lock'`,
		].join('\n');
		const { status, output } = scan(folder(cleanLines, hostLog));
		assert.equal(status, 1, output);
		assert.match(output, /remoteexthost\.log:2: an error from the extension/);
		assert.doesNotMatch(output, /remoteexthost\.log:4/, "another extension's error");
		assert.doesNotMatch(output, /remoteexthost\.log:6/, "VS Code's own error about a file in the test state");
	});

	it('scans other files given for secrets too', () => {
		const extra = path.join(folder(cleanLines), 'integration.log');
		fs.writeFileSync(extra, 'ok\nAuthorization: Bearer abcdefgh12345678\n');
		const { status, output } = scan(folder(cleanLines), extra);
		assert.equal(status, 1, output);
		assert.match(output, /integration\.log:2/);
	});

	it('fails when there is no extension log, rather than pass having read nothing', () => {
		const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'standby-check-logs-'));
		folders.push(empty);
		const { status, output } = scan(empty);
		assert.equal(status, 1, output);
		assert.match(output, /nothing was checked/);
	});
});
