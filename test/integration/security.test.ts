import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { AzureSessionManager } from '../../src/core/azure/azureSessionManager';
import { readConnection } from '../../src/core/azure/connectionSettings';
import { publicCloud } from '../../src/core/azure/cloudEnvironment';
import { hasMicrosoftSession, readCloudEnvironment } from '../../src/core/azure/credentials';
import { ResourceChanges } from '../../src/core/resourceChanges';
import { child, descriptionOf, explorer, labelOf, type TestExplorer } from './explorerHelpers';
import { fakeWebviewPanels, type FakeWebviewPanel } from './fakeWebviewPanel';
import { RecordedForm } from './faultForm';
import {
	assertNoSecrets,
	FaultControl,
	findNode,
	MessageRecorder,
	setLogLevel,
	UnhandledRejections,
} from './faultHelpers';
import { EmulatorControl, waitFor } from './testEnvironment';

const production = '3f2c8a61-9d4e-4b7a-8c15-6e0f2d9b4a73';
const markup = '<img src=x onerror=alert(1)>';

/** The directives of the page's Content-Security-Policy meta element. */
function policyOf(html: string): Map<string, string[]> {
	const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
	assert.ok(match, 'the page declares a Content-Security-Policy');
	const policy = new Map<string, string[]>();
	for (const directive of (match[1] ?? '').replace(/&#39;/g, "'").split(';')) {
		const [name, ...sources] = directive.trim().split(/\s+/);
		policy.set(name ?? '', sources);
	}
	return policy;
}

/** The page a panel got from the extension is locked down: nothing but its own nonce-bearing script runs. */
function assertStrictPage(panel: FakeWebviewPanel): void {
	const html = panel.webview.html;
	const policy = policyOf(html);
	assert.deepEqual(policy.get('default-src'), ["'none'"]);
	assert.deepEqual(policy.get('connect-src'), ["'none'"]);
	const scriptSources = policy.get('script-src') ?? [];
	assert.equal(scriptSources.length, 1);
	const nonce = /^'nonce-([A-Za-z0-9+/=]{22,})'$/.exec(scriptSources[0] ?? '')?.[1];
	assert.ok(nonce, `script-src allows only a nonce: ${scriptSources.join(' ')}`);
	for (const [directive, sources] of policy) {
		for (const source of sources) {
			assert.doesNotMatch(source, /unsafe|^\*$|^https?:$|^data:$/, `${directive} allows ${source}`);
		}
	}
	const scripts = html.match(/<script\b[^>]*>/g) ?? [];
	assert.equal(scripts.length, 1, 'one script');
	assert.ok(scripts[0]?.includes(`nonce="${nonce}"`), 'the script carries the nonce');
	assert.doesNotMatch(html, /<script\b[^>]*>[^<]+<\/script>/, 'no inline script');
	// Text is escaped, so every `<` left in the page opens a real tag.
	for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) {
		assert.doesNotMatch(tag, /\son[a-z]+\s*=/i, `an inline event handler: ${tag}`);
		assert.doesNotMatch(tag, /\sstyle\s*=/i, `an inline style: ${tag}`);
	}
	assert.equal(panel.webview.options.enableScripts, true);
	assert.ok((panel.webview.options.localResourceRoots ?? []).length > 0, 'local resources are limited');
	assertNoSecrets([html]);
}

/** Messages a webview could send that the host must drop without a reply, an error or a crash. */
function malformedMessages(validValues: unknown): unknown[] {
	return [
		undefined,
		null,
		42,
		'ready',
		[],
		[{ type: 'ready' }],
		{},
		{ type: 7 },
		{ type: 'ready', extra: true },
		{ type: 'deletePool', poolId: '/subscriptions/x' },
		{ type: '__proto__' },
		{ type: 'constructor' },
		{ type: 'toString' },
		{ type: 'x'.repeat(100_000) },
		{ type: 'submit' },
		{ type: 'submit', values: null },
		{ type: 'submit', values: { ...(validValues as object), name: 5 } },
		{ type: 'submit', values: { ...(validValues as object), injected: '<script>alert(1)</script>' } },
		{ type: 'submit', values: { ...(validValues as object), name: 'n'.repeat(100_000) } },
		{
			type: 'submit',
			values: { ...(validValues as object), tags: Array.from({ length: 5000 }, () => ({ key: 'k', value: 'v' })) },
		},
		JSON.parse('{"type":"submit","values":{"__proto__":{"polluted":true}}}'),
		JSON.parse('{"type":"action","action":"register","__proto__":{"polluted":true}}'),
		{ type: 'commandAction', action: 'run', format: 'azureCli', values: validValues },
		{ type: 'action', action: 'deleteEverything' },
		{ type: 'action', action: ['register'] },
	];
}

suite('Security: tokens and endpoints', function () {
	this.timeout(60_000);
	let faults: FaultControl;
	let tree: TestExplorer;
	let previousLogLevel: string | undefined;

	suiteSetup(async () => {
		faults = new FaultControl(new EmulatorControl());
		tree = await explorer();
		previousLogLevel = await setLogLevel('trace');
	});

	suiteTeardown(async () => {
		if (previousLogLevel) {
			await setLogLevel(previousLogLevel);
		}
	});

	setup(() => faults.reset());

	test('the emulator connection never asks VS Code for a Microsoft token', async () => {
		const authentication = vscode.authentication as unknown as Record<string, unknown>;
		const original = authentication['getSession'];
		const asked: unknown[] = [];
		authentication['getSession'] = (...args: unknown[]) => {
			asked.push(args);
			return Promise.resolve(undefined);
		};
		const sessions = new AzureSessionManager();
		try {
			// The stub sees the extension's own calls: an Azure-only check goes through it.
			assert.equal(await hasMicrosoftSession(publicCloud), false);
			assert.equal(asked.length, 1, "the stub is in the path of the extension's calls");
			asked.splice(0);

			const session = (await sessions.getSession({ signIn: true })) ?? assert.fail('no emulator session');
			assert.equal(session.connectionKind, 'emulator');
			await session.subscriptions.listSubscriptions();
			await session.pools.listPools(production);
			await session.scaleSets.listScaleSets(production);
			tree.refresh();
			await tree.getChildren(await child(tree, undefined, 'Contoso Production'));
		} finally {
			authentication['getSession'] = original;
			sessions.dispose();
		}
		assert.deepEqual(asked, [], 'VS Code was asked for a Microsoft session');
	});

	test('workspace settings cannot redirect requests or change the cloud', async () => {
		const before = readConnection();
		assert.equal(before.kind, 'emulator', 'the tests run against the emulator');
		const folder = vscode.workspace.workspaceFolders?.[0] ?? assert.fail('the tests run with a workspace folder');
		const settingsFile = vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json');
		const hostile = {
			'standbyPools.connection': 'azure',
			'standbyPools.emulator.url': 'https://127.0.0.1:9',
			'standbyPools.emulator.caFile': '/tmp/attacker-ca.pem',
			'standbyPools.requestTimeoutSeconds': 100000,
			'microsoft-sovereign-cloud.environment': 'custom',
			'microsoft-sovereign-cloud.customEnvironment': {
				name: 'Attacker',
				resourceManagerEndpointUrl: 'https://127.0.0.1:9',
				portalUrl: 'https://127.0.0.1:9',
			},
		};
		await vscode.workspace.fs.writeFile(settingsFile, Buffer.from(JSON.stringify(hostile)));
		try {
			await waitFor(
				() =>
					vscode.workspace.getConfiguration('standbyPools').inspect('refresh.intervalSeconds') !== undefined &&
					vscode.workspace.getConfiguration('microsoft-sovereign-cloud').inspect('environment'),
				{ description: 'the workspace settings to be read' },
			);
			await new Promise((resolve) => setTimeout(resolve, 1000));

			assert.deepEqual(readConnection(), before);
			assert.equal(readCloudEnvironment().resourceManager, 'https://management.azure.com');
			await faults.clearRequests();
			tree.refresh();
			const roots = (await tree.getChildren()).map(labelOf);
			assert.ok(roots.includes('Contoso Production'), `roots: ${roots.join(', ')}`);
			assert.ok((await faults.requests(/^\/subscriptions$/)).length > 0, 'the emulator still gets the requests');
		} finally {
			await vscode.workspace.fs.delete(settingsFile);
		}
	});
});

suite('Security: webviews', function () {
	this.timeout(60_000);
	let faults: FaultControl;
	let rejections: UnhandledRejections;

	suiteSetup(async () => {
		faults = new FaultControl(new EmulatorControl());
		await explorer();
		rejections = new UnhandledRejections();
	});

	suiteTeardown(() => rejections.dispose());

	setup(() => faults.reset());

	test('the pool form: a strict page, its title as text, and malformed messages dropped without a reply', async () => {
		const webVmss = await faults.scaleSetId('web-vmss');
		const { panels, restore } = fakeWebviewPanels();
		const recorder = new MessageRecorder();
		try {
			const hostileId = webVmss.replace(/web-vmss$/, markup);
			await vscode.commands.executeCommand('standbyPools.createPool', {
				kind: 'scaleSet',
				scaleSet: { id: hostileId, name: markup },
			});
			const hostile = panels[0] ?? assert.fail('no panel created');
			assertStrictPage(hostile);
			assert.ok(!hostile.webview.html.includes(markup), 'the markup in the title is escaped');
			assert.ok(hostile.webview.html.includes('&#60;img src=x onerror=alert(1)&#62;'));

			await vscode.commands.executeCommand('standbyPools.createPool', {
				kind: 'scaleSet',
				scaleSet: { id: webVmss, name: 'web-vmss' },
			});
			const form = panels[1] ?? assert.fail('no second panel');
			assertStrictPage(form);
			await form.receive({ type: 'ready' });
			const init = await waitFor(() => form.posted.find((message) => (message as { type?: string }).type === 'init'), {
				description: 'the init message',
			});
			const values = (init as { values: unknown }).values;
			await form.settle();

			const postedBefore = form.posted.length;
			for (const message of malformedMessages(values)) {
				await form.receive(message);
			}
			assert.equal(
				form.posted.length,
				postedBefore,
				`replies to malformed messages: ${JSON.stringify(form.posted.slice(postedBefore)).slice(0, 300)}`,
			);
			assert.equal(({} as { polluted?: unknown }).polluted, undefined, 'no prototype pollution');
			assert.deepEqual(recorder.errors(), []);
			await rejections.assertNone();

			await form.receive({ type: 'valuesChanged', values });
			await form.receive({ type: 'cancel' });
			assert.ok(form.disposed, 'the form still answers well-formed messages');
			assertNoSecrets(form.posted.map((message) => JSON.stringify(message)));
		} finally {
			recorder.dispose();
			restore.dispose();
			for (const panel of panels) {
				panel.dispose();
			}
		}
	});

	test('the prerequisites report: a strict page, and malformed messages dropped without a reply', async () => {
		const webVmss = await faults.scaleSetId('web-vmss');
		const { panels, restore } = fakeWebviewPanels();
		const recorder = new MessageRecorder();
		try {
			void vscode.commands.executeCommand('standbyPools.checkPrerequisites', {
				kind: 'scaleSet',
				scaleSet: { id: webVmss, name: 'web-vmss' },
			});
			const report = await waitFor(() => panels[0], { description: 'the report panel' });
			assertStrictPage(report);
			await report.receive({ type: 'ready' });
			await waitFor(() => report.posted.length > 0, { description: 'the report state' });
			await report.settle();

			const postedBefore = report.posted.length;
			for (const message of malformedMessages({})) {
				await report.receive(message);
			}
			assert.equal(report.posted.length, postedBefore, 'no reply to malformed messages');
			assert.equal(({} as { polluted?: unknown }).polluted, undefined, 'no prototype pollution');
			assert.deepEqual(recorder.errors(), []);
			await rejections.assertNone();
			assertNoSecrets(report.posted.map((message) => JSON.stringify(message)));
		} finally {
			recorder.dispose();
			restore.dispose();
			for (const panel of panels) {
				panel.dispose();
			}
		}
	});
});

suite('Security: what Azure sends is shown as text', function () {
	this.timeout(60_000);
	let faults: FaultControl;
	let tree: TestExplorer;
	let sessions: AzureSessionManager;
	let changes: ResourceChanges;

	suiteSetup(async () => {
		faults = new FaultControl(new EmulatorControl());
		tree = await explorer();
		sessions = new AzureSessionManager();
		changes = new ResourceChanges();
	});

	suiteTeardown(() => {
		sessions.dispose();
		changes.dispose();
	});

	setup(() => faults.reset());

	test('markup in pool names and tags: text labels, tooltips that render no HTML, the form gets it as data', async () => {
		const webVmss = await faults.scaleSetId('web-vmss');
		const pool = (name: string, scaleSetId: string) => ({
			subscriptionId: production,
			resourceGroup: 'rg-web',
			name,
			location: 'eastus',
			tags: { '<b>owner</b>': '<script>alert(1)</script>' },
			properties: {
				attachedVirtualMachineScaleSetId: scaleSetId,
				virtualMachineState: 'Running',
				elasticityProfile: { maxReadyCapacity: 3, minReadyCapacity: 1 },
			},
		});
		// Azure refuses such a name, but a list may still carry anything: the tree must not care.
		const response = await faults.control.request('PUT', '/_emulator/resources', {
			standbyVirtualMachinePools: [
				pool('markup-pool', webVmss),
				pool(markup, webVmss.replace(/web-vmss$/, 'gone-vmss')),
			],
		});
		assert.ok(response.status < 300, JSON.stringify(response.body));

		tree.refresh();
		for (const name of ['markup-pool', markup]) {
			const node = (await findNode(tree, name, /^pool(;|$)/)) ?? assert.fail(`${name} is in the tree`);
			const item = node.getTreeItem();
			assert.equal(labelOf(node), name, 'the label is the name, as text');
			assert.ok(item.tooltip instanceof vscode.MarkdownString);
			assert.notEqual(item.tooltip.supportHtml, true, 'the tooltip renders no HTML');
			assert.ok(!item.tooltip.isTrusted, 'the tooltip runs no command links');
		}

		const seeded = (await faults.pool('markup-pool')) ?? assert.fail('no markup-pool');
		const form = new RecordedForm({ sessions, changes }, { mode: 'edit', poolId: seeded.id });
		const values = await form.open();
		assert.deepEqual(values.tags, [{ key: '<b>owner</b>', value: '<script>alert(1)</script>' }]);
	});

	test('markup in an Azure error: the tree shows it as a plain string, the form and the notification as given', async () => {
		const error = { code: 'BadRequest', message: `Refused: ${markup}` };
		await faults.addFault({ method: 'GET', path: 'standbyVirtualMachinePools$', error, status: 400 });
		tree.refresh();
		const production = await child(tree, undefined, 'Contoso Production');
		const errorNode = (await tree.getChildren(production)).find((node) => node.getTreeItem().contextValue === 'error');
		assert.ok(errorNode, 'an error node');
		assert.equal(
			typeof errorNode.getTreeItem().tooltip,
			'string',
			'a plain string, never rendered as Markdown or HTML',
		);
		assert.match(descriptionOf(errorNode), /Refused: <img src=x onerror=alert\(1\)>/);
		await faults.clearFaults();

		await faults.addFault({ method: 'PUT', path: 'standbyVirtualMachinePools/web-new$', error, status: 400 });
		const form = new RecordedForm(
			{ sessions, changes },
			{ mode: 'create', scaleSetId: await faults.scaleSetId('web-vmss') },
		);
		const values = { ...(await form.open()), name: 'web-new' };
		await form.typeAndSubmit(values);
		assert.equal(
			form.failure().message,
			error.message,
			'the host passes the text on unchanged; the webview sets it as text',
		);
	});
});
