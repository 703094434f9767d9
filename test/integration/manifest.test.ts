import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activateExtension, extensionId, readManifest } from './testEnvironment';

interface WalkthroughContribution {
	readonly id: string;
	readonly steps: readonly { readonly id: string; readonly media: { readonly markdown?: string } }[];
}

/** The extension's package.nls.json, from where the running VS Code loaded the extension. */
function nls(extension: vscode.Extension<unknown>): Record<string, string> {
	const file = vscode.Uri.joinPath(extension.extensionUri, 'package.nls.json').fsPath;
	return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
}

/** The manifest as the running VS Code sees it; the unit tests in test/unit/manifest check the file itself. */
suite('Manifest in the running VS Code', () => {
	let extension: vscode.Extension<unknown>;

	suiteSetup(async () => {
		extension = await activateExtension();
	});

	test('every command a welcome view or walkthrough step links to is registered', async () => {
		const strings = nls(extension);
		const contributes = readManifest().contributes as unknown as {
			viewsWelcome: { contents: string }[];
			walkthroughs?: { steps: { description: string }[] }[];
		};
		const texts = [
			...contributes.viewsWelcome.map((welcome) => welcome.contents),
			...(contributes.walkthroughs ?? []).flatMap((walkthrough) => walkthrough.steps.map((step) => step.description)),
		].map((text) => strings[text.replace(/^%|%$/g, '')] ?? text);
		const linked = texts.flatMap((text) => [...text.matchAll(/\(command:([A-Za-z0-9_.-]+)/g)].map((match) => match[1]));
		const registered = new Set(await vscode.commands.getCommands(true));
		assert.deepEqual(
			linked.filter((command) => command && !registered.has(command)),
			[],
		);
	});

	test('the getting-started walkthrough opens, with its step media inside the extension', async () => {
		const walkthroughs = (extension.packageJSON as { contributes: { walkthroughs: WalkthroughContribution[] } })
			.contributes.walkthroughs;
		const [walkthrough] = walkthroughs;
		assert.ok(walkthrough);
		for (const step of walkthrough.steps) {
			const media = vscode.Uri.joinPath(extension.extensionUri, step.media.markdown ?? '');
			await vscode.workspace.fs.stat(media);
		}
		await vscode.commands.executeCommand(
			'workbench.action.openWalkthrough',
			`${extensionId()}#${walkthrough.id}`,
			false,
		);
		await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
	});
});
