// The standby VM pool snippet in a .bicep file, as a user fills it in: accept it, then Tab from placeholder to
// placeholder, typing a value or picking a choice (the user's regions and scale sets come from the emulator).
// Run by npm test (scripts/test.sh), which starts code-server and the emulator and sets the environment.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
	emulatorControl,
	emulatorTestControl,
	openBrowser,
	openFile,
	openWorkbench,
	runCommand,
	screenshot,
	storySteps,
	workspaceDir,
} from './workbench.mjs';

/** A file of its own, so that what other tests typed into main.bicep does not matter. */
const fileName = 'snippet-tour.bicep';
const scaleSetId =
	'/subscriptions/3f2c8a61-9d4e-4b7a-8c15-6e0f2d9b4a73/resourceGroups/rg-web/providers/Microsoft.Compute/virtualMachineScaleSets/web-vmss';

let browser;
let page;

before(async () => {
	await emulatorControl().reset();
	fs.writeFileSync(path.join(workspaceDir, fileName), "targetScope = 'resourceGroup'\n\n");
	browser = await openBrowser();
	page = browser.page;
});

after(async () => {
	await browser?.close();
	fs.rmSync(path.join(workspaceDir, fileName), { force: true });
});

function editor() {
	return page.locator(`.editor-instance .monaco-editor[data-uri$="${fileName}"]`);
}

/** The editor's lines in order (Monaco positions its line elements absolutely, not in document order). */
function lines() {
	return editor()
		.locator('.view-lines')
		.evaluate((view) =>
			[...view.querySelectorAll('.view-line')]
				.sort((one, two) => parseFloat(one.style.top) - parseFloat(two.style.top))
				.map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd()),
		);
}

/** Waits until some line of the editor is exactly `expected` (ignoring indentation). */
async function lineAppears(expected) {
	for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
		if ((await lines()).some((line) => line.trim() === expected)) {
			return;
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	assert.fail(`no line "${expected}" in:\n${(await lines()).join('\n')}`);
}

/** How many characters are selected, from the status bar's "Ln 3, Col 10 (11 selected)"; 0 for none. */
async function selectedLength() {
	const item = page.locator('.part.statusbar [id="status.editor.selection"]');
	const text = (await item.textContent()) ?? '';
	return Number(/\((\d+) selected\)/.exec(text)?.[1] ?? 0);
}

/** Asserts that the placeholder with this default text is the selection, so typing replaces it. */
async function assertSelected(placeholder) {
	for (const deadline = Date.now() + 5000; Date.now() < deadline;) {
		if ((await selectedLength()) === placeholder.length) {
			break;
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	assert.equal(await selectedLength(), placeholder.length, `"${placeholder}" is selected`);
}

const suggestions = () => page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');

/**
 * Types a value into the selected placeholder. Without the Bicep extension's grammar the editor cannot tell a
 * string from code, so it may suggest words of the file while one types (as it would for a user); Tab would then
 * take the suggestion rather than move on, so an open suggestion list is dismissed (Escape closes only the list
 * and keeps the snippet's tab stops).
 */
async function typeValue(text) {
	await page.keyboard.type(text, { delay: 30 });
	const widget = page.locator('.editor-widget.suggest-widget.visible');
	const shown = await widget
		.waitFor({ timeout: 500 })
		.then(() => true)
		.catch(() => false);
	if (shown) {
		await page.keyboard.press('Escape');
		await widget.waitFor({ state: 'hidden' });
	}
}

/**
 * Picks a choice of the current tab stop from the suggest list by its label, with the arrow keys and Enter,
 * and returns every label the list offered.
 */
async function pickChoice(label) {
	await suggestions().first().waitFor();
	const labels = await suggestions().evaluateAll((rows) =>
		rows
			.sort((one, two) => Number(one.dataset.index) - Number(two.dataset.index))
			.map((row) => (row.querySelector('.label-name')?.textContent ?? '').replace(/\u00a0/g, ' ')),
	);
	const index = labels.findIndex((candidate) => candidate.includes(label));
	assert.ok(index >= 0, `"${label}" is not among the choices ${JSON.stringify(labels)}`);
	const focused = page.locator('.editor-widget.suggest-widget.visible .monaco-list-row.focused');
	for (let step = 0; step < index; step++) {
		await page.keyboard.press('ArrowDown');
	}
	assert.match((await focused.textContent()) ?? '', new RegExp(label.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')));
	return labels;
}

test('the standby VM pool snippet, placeholder by placeholder', async (t) => {
	const step = storySteps(t, page);

	await step('the snippet is offered in a .bicep file', async () => {
		await openWorkbench(page, { file: fileName, viewContainer: 'Standby Pools' });
		await openFile(page, fileName);
		await editor().locator('.view-lines').click();
		await page.keyboard.press('Control+End');

		// The first completion starts loading the user's scale sets and regions in the background, and does not wait
		// for them; once the emulator has answered, the snippet offers them as choices.
		await emulatorTestControl().clearRequestLog();
		await page.keyboard.type('res-standby-vm-pool');
		await page.keyboard.press('Control+Space');
		await suggestions().filter({ hasText: 'res-standby-vm-pool' }).first().waitFor();
		await page.keyboard.press('Escape');
		for (const deadline = Date.now() + 15_000; Date.now() < deadline;) {
			const log = await emulatorTestControl().requestLog();
			if (log.some((entry) => /virtualMachineScaleSets$/.test(entry.path) && entry.status === 200)) {
				break;
			}
			await new Promise((resolve) => setTimeout(resolve, 200));
		}

		await page.keyboard.press('Control+Space');
		await suggestions().filter({ hasText: 'res-standby-vm-pool' }).first().waitFor();
		assert.match((await suggestions().first().getAttribute('aria-label')) ?? '', /^res-standby-vm-pool,/);
		await screenshot(page, '30-snippet-offered');
	});

	await step('accepting it selects the symbol name first', async () => {
		await page.keyboard.press('Enter');
		await lineAppears("resource standbyPool 'Microsoft.StandbyPool/standbyVirtualMachinePools@2026-04-01' = {");
		await assertSelected('standbyPool');
		await typeValue('webPool');
		await lineAppears("resource webPool 'Microsoft.StandbyPool/standbyVirtualMachinePools@2026-04-01' = {");
		await screenshot(page, '31-snippet-symbol');
	});

	await step('Tab: the pool name', async () => {
		await page.keyboard.press('Tab');
		await assertSelected('standby-pool');
		await typeValue('web-pool');
		await lineAppears("name: 'web-pool'");
	});

	await step("Tab: the region, with the scale sets' regions as choices", async () => {
		await page.keyboard.press('Tab');
		await assertSelected('resourceGroup().location');
		const offered = await pickChoice("'eastus'");
		assert.equal(offered[0], 'resourceGroup().location', 'the default stays the first choice');
		await screenshot(page, '32-snippet-region-choices');
		await page.keyboard.press('Enter');
		await lineAppears("location: 'eastus'");
	});

	await step('Enter on a choice moves on: the scale set, with the Flexible scale sets as choices', async () => {
		const defaultId = "resourceId('Microsoft.Compute/virtualMachineScaleSets', 'my-scale-set')";
		await assertSelected(defaultId);
		const offered = await pickChoice('web-vmss in rg-web');
		assert.equal(offered[0], defaultId);
		await screenshot(page, '33-snippet-scale-set-choices');
		await page.keyboard.press('Enter');
		await lineAppears(`attachedVirtualMachineScaleSetId: /* web-vmss in rg-web */ '${scaleSetId}'`);
	});

	await step('the VM state, as a choice', async () => {
		await assertSelected('Deallocated');
		assert.deepEqual(await pickChoice('Running'), ['Deallocated', 'Running', 'Hibernated']);
		await screenshot(page, '34-snippet-state-choices');
		await page.keyboard.press('Enter');
		await lineAppears("virtualMachineState: 'Running'");
	});

	await step('the ready capacities, then Tab leaves the snippet at its end', async () => {
		await assertSelected('10');
		await typeValue('6');
		await page.keyboard.press('Tab');
		await assertSelected('2');
		await typeValue('1');
		await page.keyboard.press('Tab');
		await page.keyboard.type('\n// done');

		// Compared without indentation, which follows the editor's tab settings.
		assert.deepEqual(
			(await lines()).slice(2).map((line) => line.trim()),
			[
				"resource webPool 'Microsoft.StandbyPool/standbyVirtualMachinePools@2026-04-01' = {",
				"name: 'web-pool'",
				"location: 'eastus'",
				'properties: {',
				`attachedVirtualMachineScaleSetId: /* web-vmss in rg-web */ '${scaleSetId}'`,
				"virtualMachineState: 'Running'",
				'elasticityProfile: {',
				'maxReadyCapacity: 6',
				'minReadyCapacity: 1',
				'}',
				'}',
				'}',
				'// done',
			],
		);
		await screenshot(page, '35-snippet-filled');
	});

	await step('the file is closed without saving', async () => {
		await runCommand(page, 'View: Revert and Close Editor');
		await editor().waitFor({ state: 'detached' });
	});
});
