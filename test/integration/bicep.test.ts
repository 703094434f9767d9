import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { StandbyVirtualMachinePool } from '../../src/core/azure/standbyPoolModels';
import type { PoolNodeArgument } from '../../src/core/treeNodeArgs';
import { expandSnippet } from '../../src/features/bicep/snippetSyntax';
import { activateExtension, waitFor } from './testEnvironment';

const bicepPrefixes = [
	'res-standby-vm-pool',
	'res-standby-vm-pool-existing-vmss',
	'res-standby-vm-pool-mix',
	'res-standby-pool-roles',
	'res-standby-container-pool',
];

function labelOf(item: vscode.CompletionItem): string {
	return typeof item.label === 'string' ? item.label : item.label.label;
}

function snippetText(item: vscode.CompletionItem | undefined): string {
	const insertText = item?.insertText;
	return insertText instanceof vscode.SnippetString ? insertText.value : String(insertText ?? '');
}

function rangeStart(item: vscode.CompletionItem): vscode.Position | undefined {
	const range = item.range;
	return range instanceof vscode.Range ? range.start : range?.replacing.start;
}

async function completionsAt(
	document: vscode.TextDocument,
	position: vscode.Position,
): Promise<vscode.CompletionItem[]> {
	const list = await vscode.commands.executeCommand<vscode.CompletionList>(
		'vscode.executeCompletionItemProvider',
		document.uri,
		position,
	);
	return list.items;
}

/** Our items only, in the order VS Code would show them for the same score. */
function standbyItems(items: readonly vscode.CompletionItem[], prefix: string): vscode.CompletionItem[] {
	return items
		.filter((item) => labelOf(item).startsWith(prefix))
		.sort((left, right) => (left.sortText ?? labelOf(left)).localeCompare(right.sortText ?? labelOf(right)));
}

function endOf(document: vscode.TextDocument): vscode.Position {
	return document.lineAt(document.lineCount - 1).range.end;
}

/** Closes the exported untitled editor without the save prompt a dirty untitled editor would raise. */
async function closeExportedEditor(): Promise<void> {
	if (vscode.window.activeTextEditor?.document.isUntitled) {
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	}
}

const pool: StandbyVirtualMachinePool = {
	id: '/subscriptions/00000000-0000-0000-0000-000000000009/resourceGroups/rg-web/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/export-pool',
	name: 'export-pool',
	location: 'eastus',
	tags: { env: 'test' },
	properties: {
		virtualMachineState: 'Mix',
		vmStateDistribution: { runningPercent: 40, deallocatedPercent: 60, hibernatedPercent: 0 },
		elasticityProfile: {
			maxReadyCapacity: 6,
			minReadyCapacity: 2,
			postProvisioningDelay: 'PT30S',
			dynamicSizing: { enabled: false },
		},
		attachedVirtualMachineScaleSetId:
			'/subscriptions/00000000-0000-0000-0000-000000000009/resourceGroups/rg-web/providers/Microsoft.Compute/virtualMachineScaleSets/web-vmss',
		provisioningState: 'Succeeded',
	},
};

suite('Bicep and ARM template authoring', () => {
	suiteSetup(async () => {
		await activateExtension();
	});

	teardown(closeExportedEditor);

	test('main.bicep offers the five standby-pool snippets, the plain VM pool first', async () => {
		const [file] = await vscode.workspace.findFiles('**/main.bicep');
		assert.ok(file, 'the test workspace has no main.bicep');
		const document = await vscode.workspace.openTextDocument(file);

		const items = standbyItems(await completionsAt(document, endOf(document)), 'res-standby');
		assert.deepEqual(items.map(labelOf).sort(), [...bicepPrefixes].sort());
		assert.equal(labelOf(items[0] as vscode.CompletionItem), 'res-standby-vm-pool');

		const plain = snippetText(items[0]);
		assert.match(plain, /'Microsoft\.StandbyPool\/standbyVirtualMachinePools@2026-04-01'/);
		assert.match(plain, /\|Deallocated,Running,Hibernated\|/);
		assert.equal(items[0]?.kind, vscode.CompletionItemKind.Snippet);
		// main.bicep deploys to a resource group: the role assignments must not declare a second target scope,
		// and say where they belong instead.
		const roles = snippetText(items.find((item) => labelOf(item) === 'res-standby-pool-roles'));
		assert.doesNotMatch(roles, /^targetScope\s*=/m);
		assert.match(roles, /^\/\/ These role assignments take effect at the scope this file deploys to/);
	});

	test('a typed prefix with dashes is replaced whole', async () => {
		const document = await vscode.workspace.openTextDocument({ language: 'bicep', content: 'res-standby' });
		const items = standbyItems(await completionsAt(document, new vscode.Position(0, 11)), 'res-standby');
		assert.equal(items.length, bicepPrefixes.length);
		for (const item of items) {
			assert.deepEqual(rangeStart(item), new vscode.Position(0, 0), labelOf(item));
		}
	});

	test('no snippets inside a resource body or a string', async () => {
		const content = "resource a 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  \n}\nvar b = 'res-\n";
		const document = await vscode.workspace.openTextDocument({ language: 'bicep', content });
		assert.deepEqual(standbyItems(await completionsAt(document, new vscode.Position(1, 2)), 'res-standby'), []);
		assert.deepEqual(standbyItems(await completionsAt(document, new vscode.Position(3, 13)), 'res-standby'), []);
	});

	test('an ARM template offers the snippets in its resources array, plain JSON does not', async () => {
		const [file] = await vscode.workspace.findFiles('**/azuredeploy.json');
		assert.ok(file, 'the test workspace has no azuredeploy.json');
		const template = await vscode.workspace.openTextDocument(file);
		const resourcesLine = template
			.getText()
			.split('\n')
			.findIndex((line) => line.includes('"resources"'));
		const items = standbyItems(await completionsAt(template, new vscode.Position(resourcesLine + 1, 1)), 'arm-standby');
		assert.equal(items.length, 5);
		assert.equal(labelOf(items[0] as vscode.CompletionItem), 'arm-standby-vm-pool');
		assert.doesNotThrow(() => JSON.parse(expandSnippet(snippetText(items[0]))));

		const plain = await vscode.workspace.openTextDocument({
			language: 'json',
			content: '{\n  "resources": [\n    \n  ]\n}',
		});
		assert.deepEqual(standbyItems(await completionsAt(plain, new vscode.Position(2, 4)), 'arm-standby'), []);
	});

	test("the scale-set placeholder offers the emulator's scale sets and regions", async function () {
		if (!process.env['STANDBY_POOLS_TEST_EMULATOR_URL']) {
			this.skip();
		}
		const document = await vscode.workspace.openTextDocument({ language: 'bicep', content: '' });

		// The first request starts the lookup in the background; later ones pick the result up.
		const snippet = await waitFor(
			async () => {
				const [plain] = standbyItems(await completionsAt(document, new vscode.Position(0, 0)), 'res-standby-vm-pool');
				const text = snippetText(plain);
				return text.includes('/virtualMachineScaleSets/web-vmss') ? text : undefined;
			},
			{ description: 'web-vmss among the choices of res-standby-vm-pool', timeoutMs: 20_000, intervalMs: 250 },
		);
		assert.match(
			snippet,
			/'\/subscriptions\/[^']+\/resourceGroups\/rg-web\/providers\/Microsoft\.Compute\/virtualMachineScaleSets\/web-vmss'/,
		);
		assert.match(
			snippet,
			/\/\* web-vmss in rg-web \*\/ '\/subscriptions\//,
			'the choice names the scale set where the list shows it',
		);
		assert.match(snippet, /'eastus'/);
		assert.doesNotMatch(snippet, /legacy-vmss/, 'a Uniform scale set cannot have a standby pool');

		const body =
			"resource pool 'Microsoft.StandbyPool/standbyVirtualMachinePools@2026-04-01' = {\n  properties: {\n    attachedVirtualMachineScaleSetId: \n  }\n}\n";
		const value = await vscode.workspace.openTextDocument({ language: 'bicep', content: body });
		const items = await completionsAt(value, new vscode.Position(2, 38));
		const web = items.find((item) => labelOf(item) === 'web-vmss');
		assert.ok(web, 'web-vmss is offered as a value');
		assert.equal(typeof web.label === 'string' ? undefined : web.label.description, 'rg-web');
		const inserted = typeof web.insertText === 'string' ? web.insertText : web.insertText?.value;
		assert.match(inserted ?? '', /^'\/subscriptions\/.+\/virtualMachineScaleSets\/web-vmss'$/);
	});

	test('Export as Bicep opens a new Bicep editor that recreates the pool', async () => {
		const argument: PoolNodeArgument = { kind: 'pool', pool };
		await vscode.commands.executeCommand('standbyPools.exportBicep', argument);
		// The extension host learns of the new active editor a moment after the command returns.
		const editor = await waitFor(
			() => {
				const active = vscode.window.activeTextEditor;
				return active?.document.getText().includes('param poolName') ? active : undefined;
			},
			{ description: 'the exported Bicep editor' },
		);
		assert.equal(editor.document.languageId, 'bicep');
		assert.equal(editor.document.isUntitled, true);
		const text = editor.document.getText();
		assert.match(text, /param poolName string = 'export-pool'/);
		assert.match(text, /param scaleSetId string = '\/subscriptions\/.+\/web-vmss'/);
		assert.match(text, /runningPercent: 40/);
		assert.match(text, /postProvisioningDelay: 'PT30S'/);
		assert.doesNotMatch(text, /provisioningState/);
	});

	test('Export as ARM Template opens a new JSON editor with a deployable template', async () => {
		await vscode.commands.executeCommand('standbyPools.exportArmTemplate', {
			kind: 'pool',
			pool,
		} satisfies PoolNodeArgument);
		const editor = await waitFor(
			() => {
				const active = vscode.window.activeTextEditor;
				return active?.document.getText().includes('"$schema"') ? active : undefined;
			},
			{ description: 'the exported ARM template editor' },
		);
		assert.equal(editor.document.languageId, 'json');
		const template = JSON.parse(editor.document.getText()) as {
			parameters: Record<string, { defaultValue: unknown }>;
			resources: { properties: Record<string, unknown>; tags: Record<string, string> }[];
		};
		assert.equal(template.parameters['poolName']?.defaultValue, 'export-pool');
		assert.deepEqual(template.resources[0]?.tags, { env: 'test' });
		assert.deepEqual(template.resources[0]?.properties['vmStateDistribution'], pool.properties.vmStateDistribution);
	});
});
