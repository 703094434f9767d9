// The prerequisites assistant, as a user meets it: the report panel from a subscription's context menu
// (register, then a role assignment the account may not make, with the Azure CLI commands for an
// administrator), and the checklist of the create form, whose Fix registers the provider and assigns the
// missing role after one confirmation.
// Run by npm test (scripts/test.sh), which starts code-server and the emulator and sets the environment.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import https from 'node:https';
import {
	contextMenuItem,
	expandRow,
	openBrowser,
	openWorkbench,
	resizeSideBar,
	screenshot,
	showViewContainer,
	treeRow,
	webviewContent,
} from './workbench.mjs';

const development = '8b5d1e3f-2c7a-4f96-b0e4-a1c3d5f7e9b2';
const managedIdentityOperator = 'f1a07417-d97a-45cb-824c-7a7467783830';

/** The emulator's control API with request bodies, trusting its test CA, on a loopback address only. */
function control(method, pathname, body) {
	const base = new URL(process.env.STANDBY_POOLS_TEST_EMULATOR_URL ?? '');
	if (base.protocol !== 'https:' || base.hostname !== '127.0.0.1') {
		throw new Error('STANDBY_POOLS_TEST_EMULATOR_URL must be https://127.0.0.1:<port>: run the UI tests with npm test');
	}
	const ca = fs.readFileSync(process.env.STANDBY_POOLS_TEST_EMULATOR_CA ?? '');
	const payload = body === undefined ? undefined : JSON.stringify(body);
	const headers = { authorization: 'Bearer emulator-test-token' };
	if (payload !== undefined) {
		headers['content-type'] = 'application/json';
		headers['content-length'] = String(Buffer.byteLength(payload));
	}
	return new Promise((resolve, reject) => {
		const request = https.request(new URL(pathname, base), { method, ca, headers, timeout: 10_000 }, (response) => {
			const chunks = [];
			response.on('data', (chunk) => chunks.push(chunk));
			response.on('end', () => {
				const text = Buffer.concat(chunks).toString('utf8');
				if (response.statusCode < 200 || response.statusCode >= 300) {
					reject(new Error(`${method} ${pathname} answered ${response.statusCode}: ${text}`));
				} else {
					resolve(text ? JSON.parse(text) : undefined);
				}
			});
		});
		request.on('timeout', () => request.destroy(new Error(`${method} ${pathname} timed out`)));
		request.on('error', reject);
		request.end(payload);
	});
}

/** Contoso Development without Microsoft.StandbyPool registered; the seed already lacks Managed Identity Operator. */
async function unregisteredDevelopment() {
	await control('POST', '/_emulator/reset');
	await control('PUT', '/_emulator/resources', {
		subscriptions: [
			{
				subscriptionId: development,
				displayName: 'Contoso Development',
				tenantId: 'c1a4e7f2-5b3d-4e9a-8f6c-0d2b7a9e1c45',
				providers: { 'Microsoft.StandbyPool': 'NotRegistered' },
			},
		],
	});
}

let browser;
let page;

before(async () => {
	await unregisteredDevelopment();
	browser = await openBrowser();
	page = browser.page;
});

after(async () => {
	await browser?.close();
	await control('POST', '/_emulator/reset');
});

/** Runs the steps of one story in order; after a failure the later steps are skipped, with a screenshot kept. */
function story(t) {
	let failed;
	return async (name, body) => {
		await t.test(name, { skip: failed && `"${failed}" failed` }, async () => {
			try {
				await body();
			} catch (error) {
				failed = name;
				await screenshot(page, `failed-prerequisites-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`).catch(
					() => {},
				);
				throw error;
			}
		});
	};
}

/** VS Code's modal dialog: its detail text, and a click on the named button. */
async function answerDialog(button, shot) {
	const dialog = page.locator('.monaco-dialog-box');
	await dialog.waitFor();
	const detail = (await dialog.locator('.dialog-message-detail').textContent()) ?? '';
	await screenshot(page, shot);
	await dialog.locator('.monaco-button', { hasText: button }).click();
	await dialog.waitFor({ state: 'detached' });
	return detail;
}

/** Waits a while for the progress and notices to close, so that they cover less of a screenshot. */
async function noToasts() {
	const toast = page.locator('.notifications-toasts .notification-toast').first();
	await toast.waitFor({ state: 'hidden', timeout: 12_000 }).catch(() => {});
}

async function closeTab(title) {
	const tab = page.locator('.tabs-container .tab', { hasText: title });
	await tab.hover();
	await tab.locator('.action-label.codicon-close, .action-label[class*="codicon-close"]').click();
	await tab.waitFor({ state: 'detached' });
}

test('the report panel: register, then a role the account may not assign', async (t) => {
	const step = story(t);
	let report;

	await step('Check Prerequisites on a subscription opens the report', async () => {
		await control('POST', '/_emulator/faults', {
			method: 'PUT',
			path: 'providers/Microsoft.Authorization/roleAssignments/',
			status: 403,
		});
		await openWorkbench(page, { file: 'main.bicep', viewContainer: 'Standby Pools' });
		await showViewContainer(page, 'Standby Pools', 'Scale Sets and Pools');
		await resizeSideBar(page, 520);
		const check = await contextMenuItem(page, treeRow(page, 'Contoso Development'), 'Check Prerequisites');
		await check.hover();
		await check.click();
		report = await webviewContent(page, 'Prerequisites: Contoso Development');
		await report.locator('#summary[data-summary="actionNeeded"]').waitFor();
		assert.equal(await report.locator('[data-item="registration"]').getAttribute('data-state'), 'missing');
		assert.equal(
			await report.locator(`[data-item="role:${managedIdentityOperator}"]`).getAttribute('data-state'),
			'missing',
		);
		await screenshot(page, 'prerequisites-01-report-missing');
	});

	await step('Register follows the registration until Registered', async () => {
		await report.locator('#register').click();
		await report.locator('[data-item="registration"][data-state="inProgress"]').waitFor();
		await report.locator('#status', { hasText: /Registering/ }).waitFor();
		await screenshot(page, 'prerequisites-02-registering');
		await report.locator('[data-item="registration"][data-state="ok"]').waitFor({ timeout: 60_000 });
	});

	await step('Assign Missing Roles asks once, naming the role and the scope', async () => {
		await report.locator('#assignRoles').click();
		const detail = await answerDialog('Assign Roles', 'prerequisites-03-confirmation');
		assert.match(detail, /Managed Identity Operator/);
		assert.match(detail, new RegExp(`Scope: /subscriptions/${development}`));
	});

	await step('a refusal is said plainly, with the Azure CLI commands for an administrator', async () => {
		const banner = report.locator('#banner.error');
		await banner.waitFor({ timeout: 30_000 });
		assert.match((await banner.textContent()) ?? '', /Microsoft\.Authorization\/roleAssignments\/write/);
		const commands = (await report.locator('#cliCommands').textContent()) ?? '';
		assert.match(commands, new RegExp(`--role ${managedIdentityOperator} --scope /subscriptions/${development}`));
		await report.locator('#cli.emphasised').scrollIntoViewIfNeeded();
		await noToasts();
		await screenshot(page, 'prerequisites-04-refused-with-cli');
		await closeTab('Prerequisites: Contoso Development');
	});
});

test('the create form: its checklist fixes a missing registration and a missing role', async (t) => {
	const step = story(t);
	let form;

	await step('the create form shows the checklist without waiting for it', async () => {
		await unregisteredDevelopment();
		// Without the registration the tree cannot list the subscription's pools, so the form opens from the
		// Command Palette, whose scale set picker does without them.
		await page.keyboard.press('F1');
		const input = page.locator('.quick-input-widget input');
		await input.waitFor();
		await input.fill('>Standby Pools: Create Standby Pool');
		await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Create Standby Pool' }).first().click();
		await page.locator('.quick-input-list .monaco-list-row', { hasText: 'ephemeral-vmss' }).first().waitFor();
		await input.fill('ephemeral-vmss');
		await page.locator('.quick-input-list .monaco-list-row', { hasText: 'ephemeral-vmss' }).first().click();
		form = await webviewContent(page, 'Create Standby Pool: ephemeral-vmss');
		await form.locator('#submit').waitFor();
		await form.locator('#prerequisites[data-summary="actionNeeded"]').waitFor({ timeout: 30_000 });
		const lines = (await form.locator('#prerequisites').textContent()) ?? '';
		assert.match(lines, /Microsoft\.StandbyPool is not registered/);
		assert.match(lines, /Managed Identity Operator/);
		await screenshot(page, 'prerequisites-05-form-checklist');
	});

	await step('Fix asks once for both, then registers and assigns', async () => {
		await form.locator('#fixPrerequisites').click();
		const detail = await answerDialog('Register and Assign', 'prerequisites-06-form-confirmation');
		assert.match(detail, /Register the resource provider Microsoft\.StandbyPool/);
		assert.match(detail, /Managed Identity Operator/);
	});

	await step('the checklist turns green, and Azure has both', async () => {
		await form.locator('#prerequisites[data-summary="ready"]').waitFor({ timeout: 60_000 });
		await noToasts();
		await screenshot(page, 'prerequisites-07-form-fixed');
		const state = await control('GET', '/_emulator/state');
		const subscription = state.subscriptions.find((entry) => entry.subscriptionId === development);
		assert.equal(subscription.providers['Microsoft.StandbyPool'], 'Registered');
		assert.ok(
			state.roleAssignments.some(
				(entry) =>
					entry.scope === `/subscriptions/${development}` &&
					entry.roleDefinitionId.endsWith(managedIdentityOperator) &&
					entry.principalType === 'ServicePrincipal',
			),
		);
	});
});
