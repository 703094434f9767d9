import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { AzureSessionManager } from '../../src/core/azure/azureSessionManager';
import { ResourceChanges, type ResourceChange } from '../../src/core/resourceChanges';
import { PoolFormController, type PoolFormView } from '../../src/features/poolForm/poolFormController';
import type { FormTarget, PoolFormValues } from '../../src/features/poolForm/poolFormModel';
import type { HostMessage } from '../../src/features/poolForm/protocol';
import { stubWindow } from './explorerHelpers';
import { activateExtension, EmulatorControl, waitFor } from './testEnvironment';

interface EmulatorState {
	scaleSets: { id: string; name: string }[];
	standbyVirtualMachinePools: {
		id: string;
		name: string;
		tags?: Record<string, string>;
		properties: Record<string, unknown> & { elasticityProfile?: Record<string, unknown> };
	}[];
	requestLog: { method: string; path: string; status: number }[];
}

/** A form host wired to a recorder instead of a webview, so the test reads every message the webview would get. */
class RecordingForm implements PoolFormView {
	readonly messages: HostMessage[] = [];
	closed = false;
	readonly controller: PoolFormController;

	constructor(dependencies: { sessions: AzureSessionManager; changes: ResourceChanges }, target: FormTarget) {
		this.controller = new PoolFormController(dependencies, target, this);
	}

	post(message: HostMessage): Thenable<boolean> {
		this.messages.push(message);
		return Promise.resolve(true);
	}

	close(): void {
		this.closed = true;
	}

	last<T extends HostMessage['type']>(type: T): Extract<HostMessage, { type: T }> | undefined {
		return this.messages
			.filter((message): message is Extract<HostMessage, { type: T }> => message.type === type)
			.at(-1);
	}

	/** Sends `ready` and returns the values the form starts with. */
	async open(): Promise<PoolFormValues> {
		await this.controller.handle({ type: 'ready' });
		const init = this.last('init');
		assert.ok(init, `no init; got ${JSON.stringify(this.messages)}`);
		return init.values;
	}
}

function webviewTabs(label: string): vscode.Tab[] {
	return vscode.window.tabGroups.all
		.flatMap((group) => group.tabs)
		.filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.label === label);
}

suite('Pool form against the emulator', function () {
	this.timeout(60_000);
	let control: EmulatorControl;
	let sessions: AzureSessionManager;
	let changes: ResourceChanges;
	let fired: ResourceChange[];
	let webVmss: string;

	suiteSetup(async () => {
		await activateExtension();
		control = new EmulatorControl();
		sessions = new AzureSessionManager();
		changes = new ResourceChanges();
		changes.onDidChange((change) => fired.push(change));
	});

	suiteTeardown(() => {
		sessions.dispose();
		changes.dispose();
	});

	setup(async () => {
		await control.reset();
		fired = [];
		const state = await control.state<EmulatorState>();
		webVmss = state.scaleSets.find((scaleSet) => scaleSet.name === 'web-vmss')?.id ?? assert.fail('no web-vmss');
	});

	const state = () => control.state<EmulatorState>();
	const poolNamed = async (name: string) =>
		(await state()).standbyVirtualMachinePools.find((pool) => pool.name === name);
	const writes = async (name: string) =>
		(await state()).requestLog
			.filter((entry) => entry.method !== 'GET' && entry.path.endsWith(`/standbyVirtualMachinePools/${name}`))
			.map((entry) => `${entry.method} ${entry.status}`);

	test('Create from a scale set opens one panel named after it, and reveals it when asked again', async () => {
		const argument = { kind: 'scaleSet', scaleSet: { id: webVmss, name: 'web-vmss' } };
		await vscode.commands.executeCommand('standbyPools.createPool', argument);
		await vscode.commands.executeCommand('standbyPools.createPool', argument);
		const tabs = await waitFor(
			() => webviewTabs('Create Standby Pool: web-vmss').length > 0 && webviewTabs('Create Standby Pool: web-vmss'),
			{
				description: 'the create form tab',
			},
		);
		assert.equal(tabs.length, 1);
		await vscode.window.tabGroups.close(tabs);
	});

	test('creates a Mix pool through the form host, and the tree is told', async () => {
		const form = new RecordingForm({ sessions, changes }, { mode: 'create', scaleSetId: webVmss });
		const defaults = await form.open();
		assert.equal(defaults.name, 'web-vmss-pool');

		const values: PoolFormValues = {
			...defaults,
			name: 'web-mix',
			virtualMachineState: 'Mix',
			runningPercent: '20',
			deallocatedPercent: '80',
			hibernatedPercent: '0',
			postProvisioningDelay: 'PT90S',
			tags: [{ key: 'owner', value: "O'Brien 東京" }],
		};
		await form.controller.handle({ type: 'submit', values });

		assert.ok(form.last('operationSucceeded'), JSON.stringify(form.messages.at(-1)));
		assert.ok(form.closed, 'the form closes after a success');
		assert.ok(
			form.messages.some((message) => message.type === 'progress'),
			'progress was shown',
		);
		const pool = await poolNamed('web-mix');
		assert.deepEqual(pool?.properties.vmStateDistribution, {
			runningPercent: 20,
			deallocatedPercent: 80,
			hibernatedPercent: 0,
		});
		assert.equal(pool?.properties.elasticityProfile?.postProvisioningDelay, 'PT90S');
		assert.deepEqual(pool?.tags, { owner: "O'Brien 東京" });
		assert.ok(
			fired.some((change) => change.resourceId?.endsWith('/web-mix')),
			'the tree was told',
		);
	});

	test('an invalid submission sends nothing to Azure', async () => {
		const form = new RecordingForm({ sessions, changes }, { mode: 'create', scaleSetId: webVmss });
		const defaults = await form.open();
		const invalid = [
			{ name: 'no spaces allowed' },
			{ maxReadyCapacity: '-1' },
			{ minReadyCapacity: '9', maxReadyCapacity: '3' },
			{ virtualMachineState: 'Mix', runningPercent: '50', deallocatedPercent: '20', hibernatedPercent: '0' },
			{ postProvisioningDelay: '5 minutes' },
			{ virtualMachineState: 'Hibernated' },
		];
		for (const change of invalid) {
			await form.controller.handle({ type: 'submit', values: { ...defaults, name: 'never-sent', ...change } });
			assert.ok(form.last('validation'), JSON.stringify(change));
		}
		assert.deepEqual(await writes('never-sent'), []);
		assert.equal(await poolNamed('never-sent'), undefined);
	});

	test('an Azure failure shows at its field and keeps what was typed', async () => {
		await control.request('POST', '/_emulator/faults', {
			method: 'PUT',
			path: 'standbyVirtualMachinePools/web-fails$',
			count: 1,
			action: 'respond',
			status: 400,
			error: { code: 'BadRequest', message: 'Not today.', target: 'properties.elasticityProfile.minReadyCapacity' },
		});
		const form = new RecordingForm({ sessions, changes }, { mode: 'create', scaleSetId: webVmss });
		const values = { ...(await form.open()), name: 'web-fails', minReadyCapacity: '2' };
		await form.controller.handle({ type: 'valuesChanged', values });
		await form.controller.handle({ type: 'submit', values });

		const failure = form.last('operationFailed');
		assert.equal(failure?.field, 'minReadyCapacity');
		assert.equal(failure?.message, 'Not today.');
		assert.equal(form.closed, false);
		assert.deepEqual(await form.controller.unsavedValues(), values);
		assert.ok(fired.length > 0, 'the tree refreshes after a failure too');
	});

	test('an edit sends a PATCH with only the change, and the rest of the pool survives', async () => {
		const before = await poolNamed('api-pool');
		assert.ok(before);
		const form = new RecordingForm({ sessions, changes }, { mode: 'edit', poolId: before.id });
		const original = await form.open();
		await form.controller.handle({ type: 'submit', values: { ...original, maxReadyCapacity: '12' } });

		assert.ok(form.last('operationSucceeded'), JSON.stringify(form.messages.at(-1)));
		const after = await poolNamed('api-pool');
		assert.equal(after?.properties.elasticityProfile?.maxReadyCapacity, 12);
		assert.equal(
			after?.properties.elasticityProfile?.minReadyCapacity,
			before.properties.elasticityProfile?.minReadyCapacity,
		);
		assert.deepEqual(after?.tags, before.tags);
		assert.deepEqual(await writes('api-pool'), ['PATCH 200']);
	});

	test('an edit without changes sends nothing', async () => {
		const pool = await poolNamed('api-pool');
		const form = new RecordingForm({ sessions, changes }, { mode: 'edit', poolId: pool?.id ?? '' });
		await form.controller.handle({ type: 'submit', values: await form.open() });
		assert.ok(form.last('notice'));
		assert.deepEqual(await writes('api-pool'), []);
	});

	test('equivalent commands are copied to the clipboard and opened in an untitled editor', async () => {
		const form = new RecordingForm({ sessions, changes }, { mode: 'create', scaleSetId: webVmss });
		const values = await form.open();
		await form.controller.handle({ type: 'commandAction', action: 'copy', format: 'azureCli', values });
		assert.match(await vscode.env.clipboard.readText(), /^az standby-vm-pool create \\\n/);

		await form.controller.handle({ type: 'commandAction', action: 'open', format: 'armTemplate', values });
		const editor = await waitFor(
			() => vscode.window.activeTextEditor?.document.isUntitled && vscode.window.activeTextEditor,
			{
				description: 'the untitled editor',
			},
		);
		assert.equal(editor.document.languageId, 'json');
		const template = JSON.parse(editor.document.getText()) as { resources: { name: string }[] };
		assert.equal(template.resources[0]?.name, values.name);
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	});

	test('Cancel asks before discarding typed changes', async () => {
		const form = new RecordingForm({ sessions, changes }, { mode: 'create', scaleSetId: webVmss });
		const values = await form.open();
		await form.controller.handle({ type: 'valuesChanged', values: { ...values, name: 'changed-name' } });

		const questions: string[] = [];
		let answer: string | undefined;
		const stub = stubWindow('showWarningMessage', (message: string) => {
			questions.push(message);
			return Promise.resolve(answer);
		});
		try {
			await form.controller.handle({ type: 'cancel' });
			assert.equal(form.closed, false, 'dismissing the question keeps the form');
			answer = 'Discard';
			await form.controller.handle({ type: 'cancel' });
			assert.equal(form.closed, true);
			assert.equal(questions.length, 2);
		} finally {
			stub.dispose();
		}
	});
});
