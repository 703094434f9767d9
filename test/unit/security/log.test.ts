import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import * as log from '../../../src/core/log';

type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error';

/** A stand-in LogOutputChannel that keeps what it is given. */
function recordingWindow(): { window: typeof vscode.window; lines: [Level, string][] } {
	const lines: [Level, string][] = [];
	const write = (level: Level) => (line: string) => lines.push([level, line]);
	const channel = {
		trace: write('trace'),
		debug: write('debug'),
		info: write('info'),
		warn: write('warn'),
		error: write('error'),
		show: () => undefined,
		dispose: () => undefined,
	};
	const window = { createOutputChannel: () => channel } as unknown as typeof vscode.window;
	return { window, lines };
}

/** A second, separately loaded copy of log.ts, as the separately bundled Azure clients have. */
function secondCopyOfLogModule(): typeof log {
	const modulePath = require.resolve('../../../src/core/log');
	const cached = require.cache[modulePath];
	delete require.cache[modulePath];
	try {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const copy = require(modulePath) as typeof log;
		assert.notEqual(copy, log, 'a distinct module instance');
		return copy;
	} finally {
		if (cached) {
			require.cache[modulePath] = cached;
		}
	}
}

describe('the log channel', () => {
	it('is shared by every copy of the module, so the Azure clients bundle writes to it too', () => {
		const { window, lines } = recordingWindow();
		log.createLogChannel(window);
		secondCopyOfLogModule().getLogger('http').trace('GET /subscriptions?api-version=2022-12-01 → 200 in 3 ms');
		assert.deepEqual(lines.at(-1), ['trace', '[http] GET /subscriptions?api-version=2022-12-01 → 200 in 3 ms']);
	});

	it('never receives a token, whatever the level and whichever copy writes', () => {
		const { window, lines } = recordingWindow();
		log.createLogChannel(window);
		const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzb21lb25lIn0.c2lnbmF0dXJlLXZhbHVl';
		const secrets = [
			`Authorization: Bearer ${jwt}`,
			'authorization: bearer emulator-test-token',
			`{"access_token":"${jwt}","refresh_token":"0.AAAA-refresh"}`,
			'client_secret=abc123&password=hunter2',
			`https://example.blob.core.windows.net/c?sv=2024&sig=SIGNATURE123`,
		];
		const levels: Level[] = ['trace', 'debug', 'info', 'warn', 'error'];
		for (const [index, secret] of secrets.entries()) {
			const logger = (index % 2 === 0 ? log : secondCopyOfLogModule()).getLogger('test');
			logger[levels[index % levels.length] as Level](`request failed: ${secret}`);
		}
		const written = lines.map(([, line]) => line).join('\n');
		for (const leaked of [jwt, 'emulator-test-token', '0.AAAA-refresh', 'abc123', 'hunter2', 'SIGNATURE123']) {
			assert.ok(!written.includes(leaked), `"${leaked}" reached the log:\n${written}`);
		}
	});

	it('keeps recent lines for Report Issue redacted and without trace', () => {
		const { window } = recordingWindow();
		log.createLogChannel(window);
		const logger = secondCopyOfLogModule().getLogger('test');
		logger.trace('trace-only line');
		logger.warn('Bearer secret-value-123 was refused');
		const recent = log.recentLogLines().join('\n');
		assert.doesNotMatch(recent, /trace-only line/);
		assert.doesNotMatch(recent, /secret-value-123/);
		assert.match(recent, /Bearer <redacted> was refused/);
	});
});
