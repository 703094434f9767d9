import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { AzureSessionManager } from '../../src/core/azure/azureSessionManager';
import type { StandbyVirtualMachinePoolCreate } from '../../src/core/azure/standbyPoolModels';
import { ResourceChanges } from '../../src/core/resourceChanges';
import { PoolFormController, type PoolFormView } from '../../src/features/poolForm/poolFormController';
import type { FormTarget, PoolFormValues } from '../../src/features/poolForm/poolFormModel';
import type { HostMessage } from '../../src/features/poolForm/protocol';
import { activateExtension, EmulatorControl } from './testEnvironment';

interface EmulatorState {
	scaleSets: { id: string; name: string }[];
	standbyVirtualMachinePools: {
		name: string;
		properties: Record<string, unknown> & { elasticityProfile?: Record<string, unknown> };
	}[];
	requestLog: { method: string; path: string; apiVersion?: string; status: number }[];
}

/** The form's host with a recorder in place of the webview. */
class RecordedForm implements PoolFormView {
	readonly messages: HostMessage[] = [];
	readonly controller: PoolFormController;

	constructor(sessions: AzureSessionManager, changes: ResourceChanges, target: FormTarget) {
		this.controller = new PoolFormController({ sessions, changes }, target, this);
	}

	post(message: HostMessage): Thenable<boolean> {
		this.messages.push(message);
		return Promise.resolve(true);
	}

	close(): void {
		// The recorder has no panel to close.
	}

	last<T extends HostMessage['type']>(type: T): Extract<HostMessage, { type: T }> | undefined {
		return this.messages
			.filter((message): message is Extract<HostMessage, { type: T }> => message.type === type)
			.at(-1);
	}
}

const settingKey = 'apiVersion';

function configuration(): vscode.WorkspaceConfiguration {
	return vscode.workspace.getConfiguration('standbyPools');
}

async function setApiVersion(value: string | undefined): Promise<void> {
	await configuration().update(settingKey, value, vscode.ConfigurationTarget.Global);
}

suite('The api-version setting', function () {
	this.timeout(60_000);
	let control: EmulatorControl;
	let sessions: AzureSessionManager;
	let changes: ResourceChanges;
	let webVmss: string;
	let userValue: string | undefined;

	suiteSetup(async () => {
		await activateExtension();
		control = new EmulatorControl();
		sessions = new AzureSessionManager();
		changes = new ResourceChanges();
		userValue = configuration().inspect<string>(settingKey)?.globalValue;
	});

	suiteTeardown(async () => {
		// Other suites and the UI tests share these user settings and expect the newest version.
		await setApiVersion(userValue);
		sessions.dispose();
		changes.dispose();
	});

	setup(async () => {
		await control.reset();
		await setApiVersion('2025-03-01');
		const state = await control.state<EmulatorState>();
		webVmss = state.scaleSets.find((scaleSet) => scaleSet.name === 'web-vmss')?.id ?? assert.fail('no web-vmss');
	});

	const poolNamed = async (name: string) =>
		(await control.state<EmulatorState>()).standbyVirtualMachinePools.find((pool) => pool.name === name);
	const poolRequests = async (name: string) =>
		(await control.state<EmulatorState>()).requestLog
			.filter((entry) => entry.path.includes('/standbyVirtualMachinePools/') && entry.path.endsWith(`/${name}`))
			.map((entry) => `${entry.method} ${entry.apiVersion ?? '?'} ${entry.status}`);

	/** Records the bodies of the PUTs the session's pool client sends, then lets them through. */
	async function recordCreates(): Promise<StandbyVirtualMachinePoolCreate[]> {
		const session = await sessions.getSession();
		assert.ok(session, 'no session: is the emulator connection set?');
		const bodies: StandbyVirtualMachinePoolCreate[] = [];
		const pools = session.pools;
		const send = pools.createOrReplacePool.bind(pools);
		(pools as { createOrReplacePool: typeof send }).createOrReplacePool = (poolId, body, options) => {
			bodies.push(structuredClone(body));
			return send(poolId, body, options);
		};
		return bodies;
	}

	test('with 2025-03-01 the form offers its fields, and a create sends no Mix or delay fields and is accepted', async () => {
		const sent = await recordCreates();
		const form = new RecordedForm(sessions, changes, { mode: 'create', scaleSetId: webVmss });
		await form.controller.handle({ type: 'ready' });
		const init = form.last('init');
		assert.ok(init, JSON.stringify(form.messages));
		assert.equal(init.context.apiVersion, '2025-03-01');

		// What a webview restored from an earlier, newer form could still hold: the host drops what 2025-03-01 lacks.
		const values: PoolFormValues = {
			...init.values,
			name: 'web-old-api',
			virtualMachineState: 'Deallocated',
			minReadyCapacity: '1',
			maxReadyCapacity: '4',
			postProvisioningDelay: 'PT5M',
			dynamicSizingEnabled: true,
			runningPercent: '50',
			deallocatedPercent: '50',
			hibernatedPercent: '0',
		};
		await form.controller.handle({ type: 'submit', values });

		assert.ok(form.last('operationSucceeded'), JSON.stringify(form.messages.at(-1)));
		assert.equal(sent.length, 1, 'one PUT');
		const body = sent[0];
		assert.equal(body?.properties.vmStateDistribution, undefined);
		assert.deepEqual(body?.properties.elasticityProfile, { maxReadyCapacity: 4, minReadyCapacity: 1 });
		const pool = await poolNamed('web-old-api');
		assert.equal(pool?.properties.virtualMachineState, 'Deallocated');
		assert.equal(pool?.properties.elasticityProfile?.postProvisioningDelay, undefined);
		assert.equal(pool?.properties.vmStateDistribution, undefined);
		assert.deepEqual(
			(await poolRequests('web-old-api')).filter((line) => line.startsWith('PUT')),
			['PUT 2025-03-01 201'],
		);
	});

	test('with 2025-03-01 a Mix pool is refused in the form and nothing is sent', async () => {
		const form = new RecordedForm(sessions, changes, { mode: 'create', scaleSetId: webVmss });
		await form.controller.handle({ type: 'ready' });
		const init = form.last('init');
		assert.ok(init);
		await form.controller.handle({
			type: 'submit',
			values: {
				...init.values,
				name: 'web-mix-old',
				virtualMachineState: 'Mix',
				runningPercent: '50',
				deallocatedPercent: '50',
				hibernatedPercent: '0',
			},
		});

		const errors = form.last('validation')?.errors;
		assert.match(errors?.virtualMachineState ?? '', /Mix needs api-version 2026-04-01 or later/);
		assert.deepEqual(await poolRequests('web-mix-old'), []);
	});

	test('a form opened before the setting changed is rebuilt for the new version and sends nothing', async () => {
		const form = new RecordedForm(sessions, changes, { mode: 'create', scaleSetId: webVmss });
		await form.controller.handle({ type: 'ready' });
		const init = form.last('init');
		assert.ok(init);
		assert.equal(init.context.apiVersion, '2025-03-01');

		await setApiVersion('2026-04-01');
		const values: PoolFormValues = { ...init.values, name: 'web-switched' };
		await form.controller.handle({ type: 'submit', values });

		const rebuilt = form.last('init');
		assert.equal(rebuilt?.context.apiVersion, '2026-04-01');
		assert.deepEqual(rebuilt?.values, values, 'what was typed is kept');
		assert.match(form.last('notice')?.message ?? '', /api-version 2026-04-01/);
		assert.deepEqual(await poolRequests('web-switched'), []);
	});
});
