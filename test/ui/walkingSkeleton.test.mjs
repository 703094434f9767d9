// The walking skeleton, as a user does it in a real VS Code: find a scale set in the Standby Pools view,
// create a standby pool for it through the form, see it in the tree; then insert the Bicep snippet.
// Run by npm test (scripts/test.sh), which starts code-server and the emulator and sets the environment.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
	chooseOption,
	contextMenuItem,
	editorText,
	emulatorControl,
	expandRow,
	fillField,
	openBrowser,
	openFile,
	openWorkbench,
	resizeSideBar,
	screenshot,
	showViewContainer,
	treeRow,
	webviewContent,
} from './workbench.mjs';

const subscription = 'Contoso Production';
const scaleSet = 'web-vmss';
const poolName = 'web-pool';

let browser;
let page;

before(async () => {
	// Earlier tests may have given web-vmss a pool; the form is only offered on a scale set without one.
	await emulatorControl().reset();
	browser = await openBrowser();
	page = browser.page;
});

after(async () => {
	await browser?.close();
});

/**
 * Runs the steps of one story in order; once a step fails, the later ones are skipped rather than left to
 * time out one by one, and a screenshot of the failure is kept next to the others.
 */
function story(t) {
	let failed;
	return async (name, body) => {
		await t.test(name, { skip: failed && `"${failed}" failed` }, async () => {
			try {
				await body();
			} catch (error) {
				failed = name;
				await screenshot(page, `failed-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`).catch(() => {});
				throw error;
			}
		});
	};
}

test('create a standby pool from the tree', async (t) => {
	const step = story(t);

	await step('the workbench loads', async () => {
		await openWorkbench(page, { file: 'main.bicep', viewContainer: 'Standby Pools' });
		await screenshot(page, '01-workbench');
	});

	await step('the Standby Pools view lists the seeded scale sets', async () => {
		await showViewContainer(page, 'Standby Pools', 'Scale Sets and Pools');
		await resizeSideBar(page, 560);
		await expandRow(treeRow(page, subscription));
		await treeRow(page, scaleSet).waitFor();
		await screenshot(page, '02-tree');
	});

	await step('the context menu of a Flexible scale set offers Create Standby Pool', async () => {
		const create = await contextMenuItem(page, treeRow(page, scaleSet), 'Create Standby Pool...');
		await create.hover();
		await screenshot(page, '03-context-menu');
		await create.click();
	});

	await step('the form is filled in and submitted', async () => {
		const form = await webviewContent(page, `Create Standby Pool: ${scaleSet}`);
		await form.locator('#submit').waitFor();
		await fillField(form, '#name', poolName);
		await chooseOption(form, '#virtualMachineState', 'Deallocated');
		await fillField(form, '#minReadyCapacity', 1);
		await fillField(form, '#maxReadyCapacity', 5);
		await screenshot(page, '04-form-filled');
		await form.locator('#submit').click();
	});

	await step('the new pool appears under its scale set', async () => {
		const scaleSetRow = treeRow(page, scaleSet);
		const poolRow = treeRow(page, poolName);
		// The scale set row becomes expandable once the tree has refreshed after the create.
		await scaleSetRow.and(page.locator('[aria-expanded]')).waitFor({ timeout: 60_000 });
		await expandRow(scaleSetRow);
		await poolRow.waitFor();

		const scaleSetLevel = Number(await scaleSetRow.getAttribute('aria-level'));
		assert.equal(Number(await poolRow.getAttribute('aria-level')), scaleSetLevel + 1, 'the pool is a child row');
		assert.match(JSON.stringify(await emulatorControl().state()), new RegExp(poolName));
		await screenshot(page, '05-pool-created');
	});
});

test('insert the standby pool snippet in a .bicep file', async (t) => {
	const step = story(t);

	await step('res-standby and Ctrl+Space offer the snippet first', async () => {
		if (!(await page.locator('.monaco-workbench .part.statusbar').isVisible())) {
			await openWorkbench(page, { file: 'main.bicep', viewContainer: 'Standby Pools' });
		}
		const editor = await openFile(page, 'main.bicep');
		await editor.locator('.view-lines').click();
		await page.keyboard.press('Control+End');
		await page.keyboard.type('res-standby');
		await page.keyboard.press('Control+Space');

		const suggestions = page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
		await suggestions.filter({ hasText: 'res-standby-vm-pool' }).first().waitFor();
		// The row's accessible name is "<label>, <description>, <kind>": the first row is exactly this snippet.
		assert.match((await suggestions.first().getAttribute('aria-label')) ?? '', /^res-standby-vm-pool,/);
		await screenshot(page, '06-completion-list');
	});

	await step('accepting it inserts a standby pool resource', async () => {
		await page.keyboard.press('Enter');
		await page.waitForFunction(
			(expected) =>
				document
					.querySelector('.editor-instance .monaco-editor[data-uri$="main.bicep"] .view-lines')
					?.textContent?.replace(/\u00a0/g, ' ')
					.includes(expected),
			'Microsoft.StandbyPool/standbyVirtualMachinePools@2026-04-01',
		);
		const editor = page.locator('.editor-instance .monaco-editor[data-uri$="main.bicep"]');
		assert.match(
			await editorText(editor),
			/resource \S+ 'Microsoft\.StandbyPool\/standbyVirtualMachinePools@2026-04-01'/,
		);
		await screenshot(page, '07-snippet-inserted');
	});
});
