// A pool's live status in the tree, as a user reads it: VMs per zone by state, health and the pooled VMs.
// Run by npm test (scripts/test.sh), which starts code-server and the emulator and sets the environment.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
	emulatorControl,
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
	await emulatorControl().reset();
	browser = await openBrowser();
	page = browser.page;
});

after(async () => {
	await browser?.close();
});

test('an expanded pool shows its status, its health and its VMs', async () => {
	await openWorkbench(page, { file: 'main.bicep', viewContainer: 'Standby Pools' });
	await showViewContainer(page, 'Standby Pools', 'Scale Sets and Pools');
	await resizeSideBar(page, 640);

	await expandRow(treeRow(page, 'Contoso Development'));
	await expandRow(treeRow(page, 'batch-vmss'));
	const pool = treeRow(page, 'batch-pool');
	await expandRow(pool);

	// The seed leaves batch-pool without a role it needs: its health says so, in words.
	const health = treeRow(page, 'Health: degraded');
	await health.waitFor();
	assert.match((await health.textContent()) ?? '', /degraded/i);
	await treeRow(page, 'All VMs').waitFor();
	assert.match((await pool.textContent()) ?? '', /Hibernated · \d+–\d+ ready/);

	await expandRow(treeRow(page, 'Standby VMs'));
	const level = Number(await treeRow(page, 'Standby VMs').getAttribute('aria-level'));
	await page
		.locator(`.part.sidebar .monaco-list-row[aria-level="${level + 1}"]`)
		.first()
		.waitFor();
	await screenshot(page, '08-pool-status');
});
