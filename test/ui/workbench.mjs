// Helpers for driving the VS Code workbench (code-server) in Chromium with playwright-core.
// Environment: CODE_SERVER_URL, WORKSPACE_DIR, SHOTS_DIR, CHROMIUM_PATH,
// STANDBY_POOLS_TEST_EMULATOR_URL and STANDBY_POOLS_TEST_EMULATOR_CA (all set by scripts/test.sh).
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const serverUrl = process.env.CODE_SERVER_URL ?? 'http://127.0.0.1:18080';
export const workspaceDir = process.env.WORKSPACE_DIR;
export const shotsDir = process.env.SHOTS_DIR ?? path.resolve('.test-artifacts/screenshots');

/** Starts headless Chromium that resolves no host name but 127.0.0.1; returns the page and a close(). */
export async function openBrowser() {
	// Chromium writes ~/.config/chromium and ~/.cache/dconf even with Playwright's temporary profile.
	const xdg = fs.mkdtempSync(path.join(os.tmpdir(), 'standby-pools-ui-'));
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		env: { ...process.env, XDG_CONFIG_HOME: xdg, XDG_CACHE_HOME: xdg },
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
		],
	});
	const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
	page.setDefaultTimeout(30_000);
	page.on('pageerror', (error) => console.error('[pageerror]', error.message));

	const close = async () => {
		await browser.close();
		fs.rmSync(xdg, { recursive: true, force: true });
	};
	return { page, close };
}

/** Saves <SHOTS_DIR>/<name>.png. */
export async function screenshot(page, name) {
	fs.mkdirSync(shotsDir, { recursive: true });
	await page.screenshot({ path: path.join(shotsDir, `${name}.png`) });
}

/**
 * Opens the workspace folder in the workbench and waits until it is drawn: the Explorer lists the given file
 * and the activity bar shows the given view container (so extensions' contributions have arrived).
 */
export async function openWorkbench(page, { file, viewContainer }) {
	if (!workspaceDir) {
		throw new Error('WORKSPACE_DIR is not set: run the UI tests with npm test');
	}
	const url = new URL(serverUrl);
	url.searchParams.set('folder', workspaceDir);
	await page.goto(url.toString());
	await page.locator('.part.statusbar').waitFor();
	// The workbench first paints with a built-in theme; the class names the configured theme once it is applied.
	await page.locator('.monaco-workbench[class*="vscode-theme-"]').waitFor();
	await page.locator(`.part.activitybar a.action-label[aria-label^="${viewContainer}"]`).waitFor();
	await page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).waitFor();
}

/** Drags the side bar's edge so that it is `width` pixels wide, which keeps tree descriptions readable. */
export async function resizeSideBar(page, width) {
	const box = await page.locator('.part.sidebar').boundingBox();
	if (!box) {
		throw new Error('The side bar is not shown');
	}
	const y = box.y + box.height / 2;
	await page.mouse.move(box.x + box.width, y);
	await page.mouse.down();
	await page.mouse.move(box.x + width, y, { steps: 5 });
	await page.mouse.up();
}

/**
 * Shows a view container from the activity bar. A second click on an active container would hide the side
 * bar, so it only clicks when the container is not the one shown.
 */
export async function showViewContainer(page, containerTitle, viewTitle) {
	const item = page.locator('.part.activitybar .action-item', {
		has: page.locator(`a.action-label[aria-label^="${containerTitle}"]`),
	});
	const sideBarShowsIt = async () =>
		(await page.locator('.part.sidebar').isVisible()) && /\bchecked\b/.test((await item.getAttribute('class')) ?? '');
	if (!(await sideBarShowsIt())) {
		await item.locator('a.action-label').click();
	}
	// A container with a single view hides that view's header, so it is attached rather than visible.
	await page.locator('.part.sidebar .pane-header', { hasText: viewTitle }).waitFor({ state: 'attached' });
}

/** The row of a tree item in the side bar, found by its label. */
export function treeRow(page, label) {
	return page.locator('.part.sidebar .pane-body .monaco-list-row', {
		has: page.locator('.label-name', { hasText: label }),
	});
}

/** Expands a tree row unless it is expanded already. */
export async function expandRow(row) {
	await row.waitFor();
	if ((await row.getAttribute('aria-expanded')) === 'false') {
		await row.locator('.monaco-tl-twistie').click();
	}
}

/** Right-clicks a row and returns the context-menu entry with the given title, once it is shown. */
export async function contextMenuItem(page, row, title) {
	await row.click({ button: 'right' });
	const item = page.locator('.context-view .monaco-menu .action-item', { hasText: title });
	await item.waitFor();
	return item;
}

/** The content of the webview panel with the given tab title (VS Code nests it in two iframes). */
export async function webviewContent(page, panelTitle) {
	await page.locator('.tabs-container .tab', { hasText: panelTitle }).waitFor();
	return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

/** Types into a text field, whether it is a plain input or a vscode-textfield with its input in a shadow root. */
export async function fillField(frame, selector, value) {
	const field = frame.locator(selector);
	const tag = await field.evaluate((element) => element.tagName);
	const input = tag === 'INPUT' || tag === 'TEXTAREA' ? field : field.locator('input, textarea').first();
	await input.fill(String(value));
}

/** Chooses an option of a plain select or of a vscode-single-select, the way a user does. */
export async function chooseOption(frame, selector, label) {
	const select = frame.locator(selector);
	if ((await select.evaluate((element) => element.tagName)) === 'SELECT') {
		await select.selectOption({ label });
		return;
	}
	await select.click();
	await select.locator('[role="option"]', { hasText: label }).click();
}

/** Opens a workspace file through Quick Open and returns its editor. */
export async function openFile(page, fileName) {
	await page.keyboard.press('Control+P');
	const quickInput = page.locator('.quick-input-widget input');
	await quickInput.waitFor();
	await quickInput.fill(fileName);
	await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor();
	await page.keyboard.press('Enter');
	const editor = page.locator(`.editor-instance .monaco-editor[data-uri$="${fileName}"]`);
	await editor.waitFor();
	return editor;
}

/** The text the editor shows, with the non-breaking spaces Monaco renders turned back into spaces. */
export async function editorText(editor) {
	const text = await editor.locator('.view-lines').textContent();
	return (text ?? '').replace(/\u00a0/g, ' ');
}

/** The emulator's control API (reset to the seed, read the state), trusting its test CA. */
export function emulatorControl() {
	const url = process.env.STANDBY_POOLS_TEST_EMULATOR_URL;
	const caFile = process.env.STANDBY_POOLS_TEST_EMULATOR_CA;
	if (!url || !caFile) {
		throw new Error('STANDBY_POOLS_TEST_EMULATOR_URL and _CA are not set: run the UI tests with npm test');
	}
	const base = new URL(url);
	if (base.protocol !== 'https:' || !['127.0.0.1', 'localhost', '[::1]'].includes(base.hostname)) {
		throw new Error(`The emulator URL must be https on a loopback address, not ${url}`);
	}
	const ca = fs.readFileSync(caFile);

	const request = (method, pathname) =>
		new Promise((resolve, reject) => {
			const outgoing = https.request(
				new URL(pathname, base),
				{ method, ca, timeout: 10_000, headers: { authorization: 'Bearer emulator-test-token' } },
				(response) => {
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
				},
			);
			outgoing.on('timeout', () => outgoing.destroy(new Error(`${method} ${pathname} timed out`)));
			outgoing.on('error', reject);
			outgoing.end();
		});

	return {
		reset: () => request('POST', '/_emulator/reset'),
		state: () => request('GET', '/_emulator/state'),
	};
}

/**
 * Runs the steps of one story in order: once a step fails the later ones are skipped rather than left to time
 * out one by one, and a screenshot of the failure is kept next to the others. `t` is the node:test context.
 */
export function storySteps(t, page) {
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

/**
 * The quick-input row whose label or description is exactly `text`; a filter also shows rows that merely contain it.
 * (The colour theme picker labels "Default Light Modern" as "Light Modern", with the full name as description.)
 */
function quickInputRow(page, text) {
	const exact = new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
	return page
		.locator('.quick-input-widget .quick-input-list .monaco-list-row', {
			has: page.locator('.label-name, .label-description', { hasText: exact }),
		})
		.first();
}

/** Runs a command from the command palette, choosing the entry with exactly this title. */
export async function runCommand(page, title) {
	await page.keyboard.press('Control+Shift+P');
	const input = page.locator('.quick-input-widget input');
	await input.waitFor();
	await input.fill(`>${title}`);
	await quickInputRow(page, title).click();
}

/** The class the workbench and a webview's body carry for each kind of colour theme. */
export const themeKinds = {
	light: { workbench: 'vs', webview: 'vscode-light' },
	dark: { workbench: 'vs-dark', webview: 'vscode-dark' },
	highContrastDark: { workbench: 'hc-black', webview: 'vscode-high-contrast' },
	highContrastLight: { workbench: 'hc-light', webview: 'vscode-high-contrast-light' },
};

/**
 * Chooses a colour theme the way a user does, with "Preferences: Color Theme" (which writes workbench.colorTheme to
 * the user settings), and waits until the workbench is drawn with it. `kind` is a key of `themeKinds`.
 */
export async function setColorTheme(page, themeLabel, kind) {
	await runCommand(page, 'Preferences: Color Theme');
	const input = page.locator('.quick-input-widget input');
	await input.fill(themeLabel);
	await quickInputRow(page, themeLabel).click();
	await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
	await page.locator(`.monaco-workbench.${themeKinds[kind].workbench}`).waitFor();
}

/** The text on the clipboard of the browser the workbench runs in (needs the clipboard permissions granted). */
export async function readClipboard(page) {
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(serverUrl).origin });
	return page.evaluate(() => navigator.clipboard.readText());
}

/**
 * The emulator's faults and request log (emulator/README.md, "The control API"), next to emulatorControl:
 * `addFault(fault)`, `clearFaults()`, `requestLog()` (method, path, apiVersion, status of every ARM request) and
 * `clearRequestLog()`.
 */
export function emulatorTestControl() {
	const url = process.env.STANDBY_POOLS_TEST_EMULATOR_URL;
	const caFile = process.env.STANDBY_POOLS_TEST_EMULATOR_CA;
	if (!url || !caFile) {
		throw new Error('STANDBY_POOLS_TEST_EMULATOR_URL and _CA are not set: run the UI tests with npm test');
	}
	const base = new URL(url);
	if (base.protocol !== 'https:' || !['127.0.0.1', 'localhost', '[::1]'].includes(base.hostname)) {
		throw new Error(`The emulator URL must be https on a loopback address, not ${url}`);
	}
	const ca = fs.readFileSync(caFile);

	const request = (method, pathname, body) =>
		new Promise((resolve, reject) => {
			const payload = body === undefined ? undefined : JSON.stringify(body);
			const headers = { authorization: 'Bearer emulator-test-token' };
			if (payload !== undefined) {
				headers['content-type'] = 'application/json';
				headers['content-length'] = String(Buffer.byteLength(payload));
			}
			const outgoing = https.request(new URL(pathname, base), { method, ca, timeout: 10_000, headers }, (response) => {
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
			outgoing.on('timeout', () => outgoing.destroy(new Error(`${method} ${pathname} timed out`)));
			outgoing.on('error', reject);
			outgoing.end(payload);
		});

	return {
		addFault: (fault) => request('POST', '/_emulator/faults', fault),
		clearFaults: () => request('DELETE', '/_emulator/faults'),
		requestLog: async () => (await request('GET', '/_emulator/requests')).value,
		clearRequestLog: () => request('DELETE', '/_emulator/requests'),
	};
}

/**
 * Chooses the value of an enum setting in the Settings editor, the way a user does, and closes the editor once the
 * setting is written. Choosing the default (`isDefault`) removes the setting from the user settings.
 */
export async function chooseUserSetting(page, key, value, { isDefault = false } = {}) {
	await runCommand(page, 'Preferences: Open User Settings');
	const search = page.locator('.settings-editor .search-container textarea').first();
	await search.waitFor();
	await search.focus();
	await page.keyboard.press('Control+A');
	await page.keyboard.type(key);
	const select = page.locator(`.settings-editor .setting-item-contents[data-key="${key}"] select`);
	await select.click();
	await page.locator('.monaco-select-box-dropdown-container .monaco-list-row', { hasText: value }).click();
	await page.locator(`.settings-editor .setting-item-contents[data-key="${key}"] select`).evaluate(
		(element, expected) =>
			new Promise((resolve, reject) => {
				const deadline = Date.now() + 5000;
				const check = () =>
					element.value === expected
						? resolve()
						: Date.now() > deadline
							? reject(new Error(`the setting shows ${element.value}`))
							: setTimeout(check, 50);
				check();
			}),
		value,
	);
	// The editor writes the change a moment later; closing it before would lose the change.
	const configured = page.locator(`.settings-editor .setting-item-contents.is-configured[data-key="${key}"]`);
	await configured.waitFor({ state: isDefault ? 'detached' : 'attached' });
	await runCommand(page, 'View: Close Editor');
	await page.locator('.settings-editor').waitFor({ state: 'detached' });
}
