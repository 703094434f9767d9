import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { AzureSessionManager } from '../../src/core/azure/azureSessionManager';
import type { PrerequisiteChecklist } from '../../src/core/prerequisites/checklist';
import type { PrerequisiteReport } from '../../src/core/prerequisites/prerequisiteModel';
import { ResourceChanges } from '../../src/core/resourceChanges';
import { PoolFormController } from '../../src/features/poolForm/poolFormController';
import type { HostMessage } from '../../src/features/poolForm/protocol';
import { child, explorer, labelOf, stubWindow } from './explorerHelpers';
import { activateExtension, EmulatorControl, waitFor } from './testEnvironment';

const production = '3f2c8a61-9d4e-4b7a-8c15-6e0f2d9b4a73';
const development = '8b5d1e3f-2c7a-4f96-b0e4-a1c3d5f7e9b2';
const tenantId = 'c1a4e7f2-5b3d-4e9a-8f6c-0d2b7a9e1c45';
const managedIdentityOperator = 'f1a07417-d97a-45cb-824c-7a7467783830';

function scaleSetId(subscriptionId: string, resourceGroup: string, name: string): string {
	return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.Compute/virtualMachineScaleSets/${name}`;
}

const apiVmss = scaleSetId(production, 'rg-api', 'api-vmss');
const batchVmss = scaleSetId(development, 'rg-batch', 'batch-vmss');

interface LoggedRequest {
	readonly method: string;
	readonly path: string;
	readonly status: number;
}

interface RoleAssignmentRecord {
	readonly scope: string;
	readonly principalId: string;
	readonly principalType: string;
	readonly roleDefinitionId: string;
}

/** The modal confirmation and the notices the commands show, answered and recorded. */
class WindowRecorder implements vscode.Disposable {
	readonly modals: { message: string; detail: string | undefined }[] = [];
	readonly warnings: string[] = [];
	readonly infos: string[] = [];
	private readonly stubs: vscode.Disposable[];

	constructor(confirm: boolean) {
		this.stubs = [
			stubWindow('showWarningMessage', async (message: string, ...rest: unknown[]) => {
				const options = rest[0] as vscode.MessageOptions | undefined;
				if (typeof options === 'object' && options !== null && options.modal) {
					this.modals.push({ message, detail: options.detail });
					return confirm ? rest.at(-1) : undefined;
				}
				this.warnings.push(message);
				return undefined;
			}),
			stubWindow('showInformationMessage', async (message: string) => {
				this.infos.push(message);
				return undefined;
			}),
		];
	}

	dispose(): void {
		vscode.Disposable.from(...this.stubs).dispose();
	}
}

function roleStates(report: PrerequisiteReport | undefined): string[] {
	return (report?.items ?? []).map((item) => `${item.title}: ${item.state}`);
}

async function closeReports(): Promise<void> {
	const tabs = vscode.window.tabGroups.all
		.flatMap((group) => group.tabs)
		.filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.label.startsWith('Prerequisites: '));
	await vscode.window.tabGroups.close(tabs);
}

suite('Prerequisites against the emulator', function () {
	this.timeout(60_000);
	let control: EmulatorControl;

	suiteSetup(async () => {
		await activateExtension();
		control = new EmulatorControl();
	});

	setup(async () => {
		await control.reset();
	});

	teardown(async () => {
		await closeReports();
		await control.reset();
	});

	/** The emulator's request log since the last clear, without the query, GUIDs shortened to {id}. */
	async function requests(): Promise<string[]> {
		const body = (await control.request('GET', '/_emulator/requests')).body as { value: LoggedRequest[] };
		return body.value.map(
			(entry) => `${entry.method} ${entry.path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/gi, '{id}')} ${entry.status}`,
		);
	}

	/**
	 * Clears the request log once the emulator has been quiet for a moment: a form or tree from an earlier test may
	 * still be reading in the background, and its requests must not count as this test's.
	 */
	async function clearRequests(): Promise<void> {
		let last = -1;
		await waitFor(
			async () => {
				const body = (await control.request('GET', '/_emulator/requests')).body as { value: unknown[] };
				const settled = body.value.length === last;
				last = body.value.length;
				return settled;
			},
			{ description: 'a quiet emulator', intervalMs: 300, timeoutMs: 15_000 },
		);
		await control.request('DELETE', '/_emulator/requests');
	}

	async function putSubscription(subscriptionId: string, fields: Record<string, unknown>): Promise<void> {
		const displayName = subscriptionId === production ? 'Contoso Production' : 'Contoso Development';
		const response = await control.request('PUT', '/_emulator/resources', {
			subscriptions: [{ subscriptionId, displayName, tenantId, ...fields }],
		});
		assert.equal(response.status, 200, JSON.stringify(response.body));
	}

	async function addFault(fault: Record<string, unknown>): Promise<void> {
		const response = await control.request('POST', '/_emulator/faults', fault);
		assert.equal(response.status, 201, JSON.stringify(response.body));
	}

	const check = (argument: unknown) =>
		vscode.commands.executeCommand<PrerequisiteReport | undefined>('standbyPools.checkPrerequisites', argument);
	const fix = (argument: unknown, choice?: string) =>
		vscode.commands.executeCommand<PrerequisiteReport | undefined>('standbyPools.fixPrerequisites', argument, choice);

	test('registered with every role: the report panel opens and says so, after three ARM reads and one Graph read', async () => {
		await clearRequests();
		const report = await check(apiVmss);
		assert.equal(report?.summary, 'ready', JSON.stringify(roleStates(report)));
		assert.deepEqual((await requests()).sort(), [
			'GET /subscriptions/{id}/providers/Microsoft.Authorization/roleAssignments 200',
			'GET /subscriptions/{id}/providers/Microsoft.StandbyPool 200',
			'GET /subscriptions/{id}/resourceGroups/rg-api/providers/Microsoft.Compute/virtualMachineScaleSets/api-vmss 200',
			'GET /v1.0/servicePrincipals 200',
		]);
		await waitFor(
			() =>
				vscode.window.tabGroups.all
					.flatMap((group) => group.tabs)
					.some((tab) => tab.label === 'Prerequisites: api-vmss'),
			{ description: 'the report tab' },
		);
	});

	test('a subscription node checks the subscription, and a second run reuses its panel', async () => {
		const node = {
			kind: 'subscription',
			subscription: { subscriptionId: development, displayName: 'Contoso Development' },
		};
		const first = await check(node);
		assert.equal(first?.target.kind, 'subscription');
		assert.equal(first?.target.label, 'Contoso Development');
		assert.deepEqual(roleStates(first).slice(2), [
			'Virtual Machine Contributor: ok',
			'Network Contributor: ok',
			'Managed Identity Operator: missing',
		]);
		await check(node);
		const tabs = vscode.window.tabGroups.all
			.flatMap((group) => group.tabs)
			.filter((tab) => tab.label === 'Prerequisites: Contoso Development');
		assert.equal(tabs.length, 1);
	});

	test('a missing role: one confirmation naming the role, principal and scope; one PUT; then ready', async () => {
		const recorder = new WindowRecorder(true);
		try {
			await clearRequests();
			const after = await fix(batchVmss);
			assert.equal(after?.summary, 'ready', JSON.stringify(roleStates(after)));
			assert.equal(recorder.modals.length, 1);
			assert.equal(recorder.modals[0]?.message, 'Assign 1 role to the Standby Pool service?');
			assert.match(recorder.modals[0]?.detail ?? '', /• Managed Identity Operator/);
			assert.match(recorder.modals[0]?.detail ?? '', new RegExp(`Scope: /subscriptions/${development} `));
			const writes = (await requests()).filter((line) => !line.startsWith('GET '));
			assert.deepEqual(writes, ['PUT /subscriptions/{id}/providers/Microsoft.Authorization/roleAssignments/{id} 201']);
		} finally {
			recorder.dispose();
		}
		const state = await control.state<{ roleAssignments: RoleAssignmentRecord[] }>();
		const created = state.roleAssignments.filter(
			(entry) =>
				entry.scope === `/subscriptions/${development}` && entry.roleDefinitionId.endsWith(managedIdentityOperator),
		);
		assert.equal(created.length, 1);
		assert.equal(created[0]?.principalType, 'ServicePrincipal');
	});

	test('declining the confirmation changes nothing', async () => {
		const recorder = new WindowRecorder(false);
		try {
			await clearRequests();
			const report = await fix(batchVmss);
			assert.equal(report?.summary, 'actionNeeded');
			assert.equal(recorder.modals.length, 1);
			assert.deepEqual(
				(await requests()).filter((line) => !line.startsWith('GET ')),
				[],
			);
		} finally {
			recorder.dispose();
		}
	});

	test('unregistered: reported missing; Register follows it through Registering until Registered', async () => {
		await putSubscription(production, { providers: { 'Microsoft.StandbyPool': 'NotRegistered' } });
		const before = await check(apiVmss);
		assert.equal(before?.summary, 'actionNeeded');
		assert.equal(before?.items[0]?.state, 'missing');
		assert.match(before?.cliCommands ?? '', /az provider register --namespace Microsoft\.StandbyPool/);

		const recorder = new WindowRecorder(true);
		try {
			await clearRequests();
			const after = await fix(apiVmss, 'register');
			assert.equal(after?.items[0]?.state, 'ok', JSON.stringify(roleStates(after)));
			assert.equal(recorder.modals.length, 0, 'a registration alone asks nothing');
			const log = await requests();
			assert.ok(log.includes('POST /subscriptions/{id}/providers/Microsoft.StandbyPool/register 200'), log.join('\n'));
			assert.ok(
				log.filter((line) => line === 'GET /subscriptions/{id}/providers/Microsoft.StandbyPool 200').length >= 2,
			);
			assert.match(recorder.infos.join(' '), /Microsoft\.StandbyPool is registered/);
		} finally {
			recorder.dispose();
		}
	});

	test('registering: reported in progress, with nothing to fix', async () => {
		await control.request('POST', '/_emulator/config', { operationDelayMs: 600_000 });
		await putSubscription(production, { providers: { 'Microsoft.StandbyPool': 'NotRegistered' } });
		await control.request(
			'POST',
			`/subscriptions/${production}/providers/Microsoft.StandbyPool/register?api-version=2025-04-01`,
		);
		const report = await check(apiVmss);
		assert.equal(report?.summary, 'inProgress');
		assert.equal(report?.items[0]?.state, 'inProgress');
		assert.equal(report?.plan.register, undefined);
	});

	test('a gallery image needs Compute Gallery Sharing Admin and Compute Gallery Artifacts Publisher', async () => {
		const gallery = `/subscriptions/${production}/resourceGroups/rg-images/providers/Microsoft.Compute/galleries/contoso/images/web/versions/1.0.0`;
		await control.request('PUT', '/_emulator/resources', {
			scaleSets: [
				{
					subscriptionId: production,
					resourceGroup: 'rg-web',
					name: 'gallery-vmss',
					location: 'eastus',
					sku: { name: 'Standard_D2s_v5', capacity: 1 },
					properties: {
						orchestrationMode: 'Flexible',
						platformFaultDomainCount: 1,
						virtualMachineProfile: { storageProfile: { imageReference: { id: gallery } } },
					},
				},
			],
		});
		const report = await check(scaleSetId(production, 'rg-web', 'gallery-vmss'));
		assert.deepEqual(roleStates(report).slice(2), [
			'Virtual Machine Contributor: ok',
			'Network Contributor: ok',
			'Managed Identity Operator: ok',
			'Compute Gallery Sharing Admin: missing',
			'Compute Gallery Artifacts Publisher: missing',
		]);
		assert.deepEqual(
			report?.plan.assignRoles?.roles.map((role) => role.name),
			['Compute Gallery Sharing Admin', 'Compute Gallery Artifacts Publisher'],
		);
	});

	test('403 on reading role assignments: the roles are unknown, the permission named, the CLI commands given', async () => {
		await addFault({ method: 'GET', path: 'providers/Microsoft.Authorization/roleAssignments$', status: 403 });
		const report = await check(apiVmss);
		assert.equal(report?.summary, 'incomplete');
		const roles = report?.items.filter((item) => item.kind === 'role') ?? [];
		assert.equal(roles.length, 3);
		assert.ok(roles.every((item) => item.state === 'unknown'));
		assert.ok(roles.every((item) => item.missingPermission === 'Microsoft.Authorization/roleAssignments/read'));
		assert.equal(report?.cliCommands.match(/az role assignment create/g)?.length, 3);
	});

	test('403 on writing role assignments: said plainly, with the permission, and nothing changes', async () => {
		await addFault({ method: 'PUT', path: 'providers/Microsoft.Authorization/roleAssignments/', status: 403 });
		const recorder = new WindowRecorder(true);
		try {
			await clearRequests();
			const after = await fix(batchVmss);
			assert.equal(after?.summary, 'actionNeeded');
			assert.equal(recorder.modals.length, 1);
			await waitFor(() => recorder.warnings.length > 0, { description: 'the refusal notice' });
			assert.match(recorder.warnings[0] ?? '', /may not create role assignments/);
			assert.match(recorder.warnings[0] ?? '', /Microsoft\.Authorization\/roleAssignments\/write/);
			assert.match(recorder.warnings[0] ?? '', /Azure CLI commands/);
			assert.deepEqual(
				(await requests()).filter((line) => !line.startsWith('GET ')),
				['PUT /subscriptions/{id}/providers/Microsoft.Authorization/roleAssignments/{id} 403'],
			);
		} finally {
			recorder.dispose();
		}
	});

	test('a pool node checks the scale set it serves', async () => {
		const pools = await control.state<{
			standbyVirtualMachinePools: { id: string; name: string; properties: Record<string, unknown> }[];
		}>();
		const pool = pools.standbyVirtualMachinePools.find((entry) => entry.name === 'batch-pool');
		assert.ok(pool);
		const report = await check({ kind: 'pool', pool: { ...pool, location: 'westus2', type: 'x' } });
		assert.equal(report?.target.kind, 'pool');
		assert.equal(report?.target.scaleSetId?.toLowerCase(), batchVmss.toLowerCase());
		assert.equal(report?.summary, 'actionNeeded');
	});

	test("a degraded pool's health line runs the check for that pool", async () => {
		const tree = await explorer();
		tree.refresh();
		const subscription = await child(tree, undefined, 'Contoso Development');
		const scaleSet = await child(tree, subscription, 'batch-vmss');
		const pool = await child(tree, scaleSet, 'batch-pool');
		const health = (await tree.getChildren(pool)).find((node) => labelOf(node).startsWith('Health: '));
		assert.ok(health, 'the seed leaves batch-pool degraded');
		const command = health.getTreeItem().command;
		assert.equal(command?.command, 'standbyPools.checkPrerequisites');
		const report = await vscode.commands.executeCommand<PrerequisiteReport | undefined>(
			command.command,
			...(command.arguments ?? []),
		);
		assert.equal(report?.target.label, 'batch-pool');
		assert.deepEqual(
			report?.plan.assignRoles?.roles.map((role) => role.name),
			['Managed Identity Operator'],
		);
	});

	suite('the checklist in the create form', () => {
		let sessions: AzureSessionManager;
		let changes: ResourceChanges;

		suiteSetup(() => {
			sessions = new AzureSessionManager();
			changes = new ResourceChanges();
		});

		suiteTeardown(() => {
			sessions.dispose();
			changes.dispose();
		});

		/** A create form's host, with a recorder where the webview would be. */
		function openForm(scaleSet: string): { controller: PoolFormController; checklists: PrerequisiteChecklist[] } {
			const checklists: PrerequisiteChecklist[] = [];
			const view = {
				post: (message: HostMessage) => {
					if (message.type === 'prerequisites') {
						checklists.push(message.checklist);
					}
					return Promise.resolve(true);
				},
				close: () => undefined,
			};
			return {
				controller: new PoolFormController({ sessions, changes }, { mode: 'create', scaleSetId: scaleSet }, view),
				checklists,
			};
		}

		const settled = (checklists: PrerequisiteChecklist[], count: number) =>
			waitFor(() => checklists.length >= count && checklists[count - 1], { description: `checklist ${count}` });

		test('opens without waiting for the check, then shows what is missing', async () => {
			await putSubscription(development, { providers: { 'Microsoft.StandbyPool': 'NotRegistered' } });
			await control.request('POST', '/_emulator/config', { latencyMs: 300 });
			const form = openForm(batchVmss);
			const started = Date.now();
			await form.controller.handle({ type: 'ready' });
			const formReady = Date.now() - started;
			assert.equal(form.checklists[0]?.summary, 'checking', 'the form shows the check running');
			const checklist = await settled(form.checklists, 2);
			const checkDone = Date.now() - started;
			assert.ok(checkDone > formReady, `form ready in ${formReady} ms, checklist in ${checkDone} ms`);
			assert.equal(checklist.summary, 'actionNeeded');
			assert.equal(checklist.fixable, true);
			assert.deepEqual(
				checklist.lines.map((line) => `${line.id}: ${line.state}: ${line.text}`),
				[
					'registration: missing: Microsoft.StandbyPool is not registered',
					'roles: missing: Roles missing for the Standby Pool service: Managed Identity Operator',
				],
			);
			console.log(`      form ready after ${formReady} ms, checklist after ${checkDone} ms (300 ms emulator latency)`);
		});

		test('Fix registers the provider and assigns the role after one confirmation, and the checklist turns green', async () => {
			await putSubscription(development, { providers: { 'Microsoft.StandbyPool': 'NotRegistered' } });
			const form = openForm(batchVmss);
			await form.controller.handle({ type: 'ready' });
			await settled(form.checklists, 2);
			const recorder = new WindowRecorder(true);
			try {
				await form.controller.handle({ type: 'prerequisitesAction', action: 'fix' });
				assert.equal(recorder.modals.length, 1);
				assert.match(recorder.modals[0]?.detail ?? '', /^Register the resource provider Microsoft\.StandbyPool/);
				assert.match(recorder.modals[0]?.detail ?? '', /• Managed Identity Operator/);
				const after = form.checklists.at(-1);
				assert.equal(after?.summary, 'ready', JSON.stringify(after));
			} finally {
				recorder.dispose();
			}
		});

		test('an edit form runs no check', async () => {
			const state = await control.state<{ standbyVirtualMachinePools: { id: string; name: string }[] }>();
			const pool = state.standbyVirtualMachinePools.find((entry) => entry.name === 'api-pool');
			assert.ok(pool);
			const messages: HostMessage[] = [];
			const view = {
				post: (message: HostMessage) => (messages.push(message), Promise.resolve(true)),
				close: () => undefined,
			};
			const controller = new PoolFormController({ sessions, changes }, { mode: 'edit', poolId: pool.id }, view);
			await controller.handle({ type: 'ready' });
			await new Promise((resolve) => setTimeout(resolve, 300));
			assert.deepEqual(
				messages.map((message) => message.type),
				['init'],
			);
		});
	});
});
