// Trying the extension without an Azure account, as a user from the Marketplace does: the signed-out welcome
// view offers Start Local Emulator, which starts the emulator shipped inside the installed extension and fills
// the tree; the status-bar item stops it again. Then the walkthrough and a Report Issue draft, for the README.
// Run by npm test (scripts/test.sh), whose code-server starts connected to the test emulator: this test
// switches to Azure (signed out) first and leaves the connection as it found it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
	expandRow,
	openBrowser,
	openWorkbench,
	resizeSideBar,
	screenshot,
	showViewContainer,
	treeRow,
} from './workbench.mjs';

let browser;
let page;

before(async () => {
	browser = await openBrowser();
	page = browser.page;
});

after(async () => {
	// Whatever happened, leave the connection on the test emulator for the tests that follow.
	try {
		if (await emulatorStatusItem().isVisible()) {
			await runCommand('Standby Pools: Stop Local Emulator');
			await emulatorStatusItem().waitFor({ state: 'hidden' });
		}
		await chooseConnection('Local emulator');
		// The workbench in this browser writes the setting: wait until the tree shows it took effect before closing.
		await showViewContainer(page, 'Standby Pools', 'Scale Sets and Pools');
		await treeRow(page, 'Contoso Production').waitFor();
	} finally {
		await browser?.close();
	}
});

/** Runs a command from the Command Palette by its full title. */
async function runCommand(title) {
	await page.keyboard.press('Escape');
	await page.keyboard.press('Control+Shift+P');
	const input = page.locator('.quick-input-widget input');
	await input.waitFor();
	await input.fill(`>${title}`);
	await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
	await page.keyboard.press('Enter');
}

/**
 * Picks the entry whose label is exactly `label` in the quick pick that is open. Matching the whole label keeps
 * the Command Palette row that opened the pick, still shown for a moment, from being clicked instead.
 */
async function pick(label) {
	const row = page
		.locator('.quick-input-widget .quick-input-list .monaco-list-row')
		.filter({ has: page.locator('.label-name').getByText(label, { exact: true }) })
		.first();
	await row.waitFor();
	await row.click();
	await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

async function chooseConnection(label) {
	await runCommand('Standby Pools: Choose Connection (Azure or Local Emulator)');
	await pick(label);
}

const emulatorStatusItem = () => page.locator('.part.statusbar .statusbar-item', { hasText: 'Local Emulator' });
const welcomeButton = (label) =>
	page.locator('.part.sidebar .welcome-view-content a.monaco-button', { hasText: label });

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

test('try the extension against the local emulator it ships with', async (t) => {
	const step = story(t);

	await step('signed out, the welcome view offers Start Local Emulator', async () => {
		await openWorkbench(page, { file: 'main.bicep', viewContainer: 'Standby Pools' });
		await showViewContainer(page, 'Standby Pools', 'Scale Sets and Pools');
		await resizeSideBar(page, 560);
		await chooseConnection('Azure');
		await welcomeButton('Start Local Emulator').waitFor();
		await screenshot(page, '20-welcome-signed-out');
	});

	await step('Start Local Emulator fills the tree and shows the status-bar item', async () => {
		await welcomeButton('Start Local Emulator').click();
		await emulatorStatusItem().waitFor({ timeout: 60_000 });
		await expandRow(treeRow(page, 'Contoso Production'));
		await treeRow(page, 'web-vmss').waitFor();
		await screenshot(page, '21-local-emulator-running');
	});

	await step('the status-bar item offers Stop and Show Log', async () => {
		await emulatorStatusItem().click();
		await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Log' }).waitFor();
		await screenshot(page, '22-local-emulator-menu');
		await pick('Stop Local Emulator');
		await emulatorStatusItem().waitFor({ state: 'hidden' });
		// Stop puts the connection back (to Azure, signed out), so the welcome view returns.
		await welcomeButton('Start Local Emulator').waitFor();
	});
});

test('the getting-started walkthrough and a Report Issue draft', async (t) => {
	const step = story(t);

	await step('the walkthrough opens on its first step', async () => {
		if (!(await page.locator('.monaco-workbench .part.statusbar').isVisible())) {
			await openWorkbench(page, { file: 'main.bicep', viewContainer: 'Standby Pools' });
		}
		await runCommand('Welcome: Open Walkthrough...');
		await pick('Get Started with Standby Pools');
		const steps = page.locator('.gettingStartedContainer .getting-started-step');
		await steps.filter({ hasText: 'Connect to Azure or start the local emulator' }).first().waitFor();
		assert.ok((await steps.count()) >= 5, 'five steps');
		await page.waitForTimeout(500);
		await screenshot(page, '23-walkthrough');
		await runCommand('View: Close Editor');
	});

	await step('Report Issue opens a draft with versions, settings and the log', async () => {
		await runCommand('Standby Pools: Report Issue');
		const editor = page.locator('.editor-instance .monaco-editor[data-uri^="untitled:"]');
		await editor.locator('.view-lines', { hasText: 'Standby Pools issue report' }).waitFor();
		await screenshot(page, '24-report-issue');
		await runCommand('View: Revert and Close Editor');
	});
});
