import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, EmulatorControl, readManifest, waitFor } from './testEnvironment';

suite('Extension smoke', () => {
	suiteSetup(async () => {
		await activateExtension();
	});

	test('the extension activates', async () => {
		const extension = await activateExtension();
		assert.equal(extension.isActive, true);
	});

	test('every contributed command is registered', async () => {
		const registered = new Set(await vscode.commands.getCommands(true));
		const missing = contributedCommands().filter((command) => !registered.has(command));
		assert.deepEqual(missing, [], 'contributed in package.json but not registered');
	});

	test('every registered standbyPools command is contributed', async () => {
		const contributed = new Set(contributedCommands());
		// VS Code itself registers commands under each view's id (focus, toggle visibility and so on).
		const viewPrefixes = contributedViewIds().map((id) => `${id}.`);
		const registered = (await vscode.commands.getCommands(true)).filter(
			(command) => command.startsWith('standbyPools.') && !viewPrefixes.some((prefix) => command.startsWith(prefix)),
		);
		const extra = registered.filter((command) => !contributed.has(command));
		assert.deepEqual(extra, [], 'registered but not contributed in package.json');
	});

	test('the emulator answers its control API with the test token', async () => {
		const state = await new EmulatorControl().state();
		assert.equal(typeof state, 'object');
	});
});

suite('VS Code environment', () => {
	test('file search works (Debian ripgrep stands in for the downloaded one)', async () => {
		const files = await vscode.workspace.findFiles('**/*.bicep');
		assert.ok(
			files.some((file) => file.path.endsWith('/main.bicep')),
			`main.bicep not found in ${files.map(String).join(', ')}`,
		);
	});

	test('a .bicep file opens with the bicep language the extension contributes', async () => {
		const [file] = await vscode.workspace.findFiles('**/main.bicep');
		assert.ok(file, 'the test workspace has no main.bicep');
		const document = await vscode.workspace.openTextDocument(file);
		await waitFor(() => document.languageId === 'bicep', { description: 'the bicep language id' });
	});
});

function contributedCommands(): string[] {
	return (readManifest().contributes.commands ?? []).map((entry) => entry.command);
}

function contributedViewIds(): string[] {
	return Object.values(readManifest().contributes.views ?? {}).flatMap((views) => views.map((view) => view.id));
}
