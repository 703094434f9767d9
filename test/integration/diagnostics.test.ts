import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { stubWindow } from './explorerHelpers';
import { activateExtension, extensionId, waitFor } from './testEnvironment';

suite('Diagnostics', () => {
	let errors: string[];
	let stub: vscode.Disposable;

	suiteSetup(async () => {
		await activateExtension();
	});

	setup(() => {
		errors = [];
		stub = stubWindow('showErrorMessage', async (message: string) => {
			errors.push(message);
			return undefined;
		});
	});

	teardown(() => {
		stub.dispose();
	});

	test('Report Issue opens an untitled markdown draft with versions, settings and recent log lines', async () => {
		await vscode.commands.executeCommand('standbyPools.reportIssue');
		assert.deepEqual(errors, []);
		const editor = await waitFor(
			() => {
				const active = vscode.window.activeTextEditor;
				return active?.document.isUntitled && active.document.languageId === 'markdown' ? active : undefined;
			},
			{ description: 'the report draft' },
		);

		const text = editor.document.getText();
		assert.match(text, /^# Standby Pools issue report/);
		assert.ok(text.includes(`${extensionId()} `), 'the extension and its version');
		assert.ok(text.includes(vscode.version), 'the VS Code version');
		assert.match(text, /`standbyPools\.connection`/);
		assert.match(text, /\[extension\] Standby Pools \S+ activated in \d+ ms/);
		assert.doesNotMatch(text, /bearer\s+(?!<redacted>)\S+/i);
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	});

	test('Show Log opens the log channel', async () => {
		await vscode.commands.executeCommand('standbyPools.showLog');
		assert.deepEqual(errors, []);
	});
});
