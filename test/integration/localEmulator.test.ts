import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { explorer, labelOf, stubWindow, type TestExplorer } from './explorerHelpers';
import { EmulatorControl, extensionId, readTestEnvironment, waitFor } from './testEnvironment';

interface ConnectionSettings {
	connection?: string;
	url?: string;
	caFile?: string;
}

function userConnectionSettings(): ConnectionSettings {
	const configuration = vscode.workspace.getConfiguration('standbyPools');
	return {
		connection: configuration.inspect<string>('connection')?.globalValue,
		url: configuration.inspect<string>('emulator.url')?.globalValue,
		caFile: configuration.inspect<string>('emulator.caFile')?.globalValue,
	};
}

async function writeUserConnectionSettings(settings: ConnectionSettings): Promise<void> {
	const configuration = vscode.workspace.getConfiguration('standbyPools');
	await configuration.update('emulator.url', settings.url, vscode.ConfigurationTarget.Global);
	await configuration.update('emulator.caFile', settings.caFile, vscode.ConfigurationTarget.Global);
	await configuration.update('connection', settings.connection, vscode.ConfigurationTarget.Global);
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

function connectionFileBeside(caFile: string): { url: string; pid: number } | undefined {
	const file = path.join(path.dirname(caFile), 'emulator.json');
	return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { url: string; pid: number }) : undefined;
}

/**
 * The emulator that ships inside the extension, started the way a user starts it. The settings point at the
 * test emulator before and after: the suite remembers them and checks that Stop puts them back.
 */
suite('Local emulator started from the extension', function () {
	this.timeout(90_000);
	const testEmulatorUrl = readTestEnvironment().emulatorUrl.toString().replace(/\/$/, '');
	let before: ConnectionSettings;
	let tree: TestExplorer;
	let errors: string[];
	let messages: string[];
	let stubs: vscode.Disposable[];
	let started: { url: string; caFile: string; pid: number } | undefined;

	suiteSetup(async () => {
		tree = await explorer();
		before = userConnectionSettings();
	});

	setup(() => {
		errors = [];
		messages = [];
		stubs = [
			stubWindow('showErrorMessage', async (message: string) => {
				errors.push(message);
				return undefined;
			}),
			stubWindow('showInformationMessage', async (message: string) => {
				messages.push(message);
				return undefined;
			}),
		];
	});

	teardown(() => {
		vscode.Disposable.from(...stubs).dispose();
	});

	suiteTeardown(async () => {
		if (started && isAlive(started.pid)) {
			await vscode.commands.executeCommand('standbyPools.stopLocalEmulator');
		}
		await writeUserConnectionSettings(before);
	});

	test('Start Local Emulator runs the bundled emulator and points the user settings at it', async () => {
		await vscode.commands.executeCommand('standbyPools.startLocalEmulator');
		assert.deepEqual(errors, []);

		const settings = userConnectionSettings();
		assert.equal(settings.connection, 'emulator');
		assert.match(settings.url ?? '', /^https:\/\/127\.0\.0\.1:\d+$/);
		assert.notEqual(settings.url, testEmulatorUrl);
		assert.ok(settings.caFile?.includes(extensionId()), `CA in the extension's global storage: ${settings.caFile}`);

		const file = connectionFileBeside(settings.caFile ?? '');
		assert.equal(file?.url, settings.url);
		assert.ok(file && isAlive(file.pid), 'the emulator process runs');
		started = { url: file.url, caFile: settings.caFile ?? '', pid: file.pid };
		assert.ok(
			messages.some((message) => message.includes(file.url)),
			messages.join('\n'),
		);
	});

	test('the tree shows its sample estate, and the test emulator gets no request', async () => {
		const testEmulator = new EmulatorControl();
		await testEmulator.request('DELETE', '/_emulator/requests');
		tree.refresh();
		const roots = await waitFor(
			async () => {
				const labels = (await tree.getChildren()).map(labelOf);
				return labels.includes('Contoso Production') ? labels : undefined;
			},
			{ description: 'the sample subscriptions in the tree', timeoutMs: 20_000 },
		);
		assert.ok(roots.includes('Contoso Development'), roots.join(', '));
		const log = (await testEmulator.request('GET', '/_emulator/requests')).body as { value: unknown[] };
		assert.equal(log.value.length, 0, 'the tree talked to the test emulator');
	});

	test('starting again keeps the emulator that runs', async () => {
		await vscode.commands.executeCommand('standbyPools.startLocalEmulator');
		assert.deepEqual(errors, []);
		assert.equal(connectionFileBeside(started?.caFile ?? '')?.pid, started?.pid);
		assert.equal(userConnectionSettings().url, started?.url);
	});

	test('Stop Local Emulator ends it and puts the connection settings back', async () => {
		await vscode.commands.executeCommand('standbyPools.stopLocalEmulator');
		assert.deepEqual(errors, []);
		await waitFor(() => started && !isAlive(started.pid), { description: 'the emulator process to end' });
		assert.equal(connectionFileBeside(started?.caFile ?? ''), undefined, 'emulator.json is removed');
		assert.deepEqual(userConnectionSettings(), before);
	});

	test('Stop when nothing runs says so', async () => {
		await vscode.commands.executeCommand('standbyPools.stopLocalEmulator');
		assert.deepEqual(errors, []);
		assert.ok(
			messages.some((message) => /not running/.test(message)),
			messages.join('\n'),
		);
		assert.deepEqual(userConnectionSettings(), before);
	});
});
