import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { child, descriptionOf, explorer, labelOf, type TestExplorer, type TestNode } from './explorerHelpers';
import { EmulatorControl } from './testEnvironment';

const defaultSeed = path.resolve(__dirname, '..', '..', '..', 'emulator', 'seed', 'default.json');
const production = '3f2c8a61-9d4e-4b7a-8c15-6e0f2d9b4a73';
const apiScaleSet = `/subscriptions/${production}/resourceGroups/rg-api/providers/Microsoft.Compute/virtualMachineScaleSets/api-vmss`;

interface LoggedRequest {
	method: string;
	path: string;
	status: number;
}

async function requests(control: EmulatorControl): Promise<LoggedRequest[]> {
	return ((await control.request('GET', '/_emulator/requests')).body as { value: LoggedRequest[] }).value;
}

suite('Tree details against the emulator', function () {
	this.timeout(60_000);
	let control: EmulatorControl;
	let tree: TestExplorer;

	suiteSetup(async () => {
		control = new EmulatorControl();
		tree = await explorer();
	});

	setup(async () => {
		await control.reset();
		tree.refresh();
	});

	teardown(async () => {
		await control.request('DELETE', '/_emulator/faults');
		await control.request('POST', '/_emulator/config', { pageSize: 100 });
	});

	test('follows every page of a paged list, with one request per page and no request per scale set', async () => {
		await control.request('POST', '/_emulator/config', { pageSize: 1 });
		await control.request('DELETE', '/_emulator/requests');
		const subscription = await child(tree, undefined, 'Contoso Production');
		const names = (await tree.getChildren(subscription)).map(labelOf);
		assert.deepEqual(names.slice(0, 3), ['api-vmss', 'legacy-vmss', 'web-vmss']);

		const log = await requests(control);
		const scaleSetPages = log.filter((entry) =>
			entry.path.endsWith(`${production}/providers/Microsoft.Compute/virtualMachineScaleSets`),
		);
		assert.equal(scaleSetPages.length, 3, 'three scale sets at one per page');
		assert.equal(
			log.filter((entry) => /virtualMachineScaleSets\/[^/]+$/.test(entry.path)).length,
			0,
			'no GET per scale set',
		);
	});

	test('a subscription that fails to list shows an error node with Retry; the others keep working', async () => {
		await control.request('POST', '/_emulator/faults', {
			method: 'GET',
			path: `${production}/providers/Microsoft.Compute/virtualMachineScaleSets$`,
			status: 500,
		});
		const failing = await child(tree, undefined, 'Contoso Production');
		const [errorNode] = await tree.getChildren(failing);
		assert.ok(errorNode);
		assert.equal(errorNode.getTreeItem().contextValue, 'error');
		assert.equal(errorNode.getTreeItem().command?.command, 'standbyPools.retry');

		const healthy = await child(tree, undefined, 'Contoso Development');
		assert.ok((await tree.getChildren(healthy)).some((node) => labelOf(node) === 'batch-vmss'));

		await control.request('DELETE', '/_emulator/faults');
		const refreshed = new Promise<TestNode | undefined>((resolve) => {
			const subscription = tree.onDidChangeTreeData((node) => {
				subscription.dispose();
				resolve(node);
			});
		});
		await vscode.commands.executeCommand('standbyPools.retry', errorNode);
		assert.equal(labelOf((await refreshed) as TestNode), 'Contoso Production', 'Retry reloads only that subscription');
		assert.ok((await tree.getChildren(failing)).some((node) => labelOf(node) === 'web-vmss'));
	});

	test('without the resource provider, the scale sets still show, and the pools error leads to Check Prerequisites', async () => {
		const seed = JSON.parse(fs.readFileSync(defaultSeed, 'utf8')) as { subscriptions: Record<string, unknown>[] };
		const subscription = seed.subscriptions.find((candidate) => candidate['subscriptionId'] === production);
		assert.ok(subscription);
		await control.request('PUT', '/_emulator/resources', {
			subscriptions: [
				{
					...subscription,
					providers: { ...(subscription['providers'] as object), 'Microsoft.StandbyPool': 'NotRegistered' },
				},
			],
		});
		const node = await child(tree, undefined, 'Contoso Production');
		const children = await tree.getChildren(node);
		const error = children.find((candidate) => labelOf(candidate) === 'Standby pools failed to load');
		assert.ok(error, children.map(labelOf).join(', '));
		assert.match(descriptionOf(error), /MissingSubscriptionRegistration|not registered/i);
		assert.equal(error.getTreeItem().command?.command, 'standbyPools.checkPrerequisites');
		assert.ok(
			children.some((candidate) => labelOf(candidate) === 'web-vmss'),
			'the scale sets still show',
		);
	});

	test('a pool whose scale set was deleted elsewhere appears under "Pools without a scale set"', async () => {
		await control.request('DELETE', '/_emulator/resources', { ids: [apiScaleSet] });
		const subscription = await child(tree, undefined, 'Contoso Production');
		const orphans = await child(tree, subscription, 'Pools without a scale set');
		const pools = (await tree.getChildren(orphans)).map(labelOf);
		assert.deepEqual(pools, ['api-pool']);
	});

	test('unknown VM states and other letter cases display as they come', async () => {
		const state = await control.state<{ standbyVirtualMachinePools: Record<string, unknown>[] }>();
		const pool = state.standbyVirtualMachinePools.find((candidate) => candidate['name'] === 'api-pool');
		assert.ok(pool);
		const properties = pool['properties'] as Record<string, unknown>;
		await control.request('PUT', '/_emulator/resources', {
			standbyVirtualMachinePools: [
				{
					subscriptionId: production,
					resourceGroup: 'rg-api',
					name: 'api-pool',
					location: 'eastus',
					properties: { ...properties, virtualMachineState: 'Suspended' },
				},
			],
		});
		const subscription = await child(tree, undefined, 'Contoso Production');
		const scaleSet = await child(tree, subscription, 'api-vmss');
		const poolNode = await child(tree, scaleSet, 'api-pool');
		assert.match(descriptionOf(poolNode), /^Suspended · 3–9 ready · /);
		assert.match(poolNode.getTreeItem().contextValue ?? '', /^pool;suspended;/);
	});

	test('container group pools are listed, read-only', async () => {
		const subscription = await child(tree, undefined, 'Contoso Development');
		const group = await child(tree, subscription, 'Container group pools');
		const pools = await tree.getChildren(group);
		assert.deepEqual(pools.map(labelOf), ['aci-pool']);
		assert.equal(pools[0]?.getTreeItem().contextValue, 'containerPool');
	});

	test('an expanded pool shows its health, and the pooled VMs on request', async () => {
		const subscription = await child(tree, undefined, 'Contoso Development');
		const scaleSet = await child(tree, subscription, 'batch-vmss');
		const pool = await child(tree, scaleSet, 'batch-pool');
		const lines = await tree.getChildren(pool);
		const health = lines.find((node) => /^(Healthy|Health: )/.test(labelOf(node)));
		assert.ok(health, lines.map(labelOf).join(', '));
		assert.match(labelOf(health), /degraded/i, 'the seed leaves batch-pool without a role it needs');
		const machines = await child(tree, pool, 'Standby VMs');
		assert.ok((await tree.getChildren(machines)).length > 0);
	});

	test('while visible, only the status of expanded pools refreshes by itself', async () => {
		const configuration = vscode.workspace.getConfiguration('standbyPools');
		await configuration.update('refresh.intervalSeconds', 5, vscode.ConfigurationTarget.Global);
		try {
			await vscode.commands.executeCommand('standbyPools.explorer.focus');
			const subscription = await child(tree, undefined, 'Contoso Production');
			const scaleSet = await child(tree, subscription, 'api-vmss');
			const pool = await child(tree, scaleSet, 'api-pool');
			await tree.getChildren(pool);

			const refreshed = await new Promise<(TestNode | undefined)[]>((resolve) => {
				const seen: (TestNode | undefined)[] = [];
				const timer = setTimeout(() => {
					listener.dispose();
					resolve(seen);
				}, 12_000);
				const listener = tree.onDidChangeTreeData((node) => {
					seen.push(node);
					if (node?.id === pool.id) {
						clearTimeout(timer);
						listener.dispose();
						resolve(seen);
					}
				});
			});
			assert.ok(
				refreshed.some((node) => node?.id === pool.id),
				`the expanded pool refreshed within 12 s; refreshed: ${refreshed.map((node) => node?.id ?? 'everything').join(', ')}`,
			);
			assert.ok(!refreshed.includes(undefined), 'a status tick does not reload the whole tree');
		} finally {
			await configuration.update('refresh.intervalSeconds', undefined, vscode.ConfigurationTarget.Global);
		}
	});
});
