import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
	child,
	descriptionOf,
	explorer,
	labelOf,
	nextTreeChange,
	stubWindow,
	type TestExplorer,
} from './explorerHelpers';
import { EmulatorControl } from './testEnvironment';

interface EmulatorPool {
	id: string;
	name: string;
}

async function emulatorPools(control: EmulatorControl): Promise<EmulatorPool[]> {
	const state = await control.state<{ pools?: EmulatorPool[]; standbyVirtualMachinePools?: EmulatorPool[] }>();
	return state.pools ?? state.standbyVirtualMachinePools ?? [];
}

suite('Tree against the emulator', function () {
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

	test('lists the seeded subscriptions', async () => {
		const roots = (await tree.getChildren()).map(labelOf);
		assert.ok(roots.includes('Contoso Production'), `roots: ${roots.join(', ')}`);
		assert.ok(roots.includes('Contoso Development'), `roots: ${roots.join(', ')}`);
	});

	test('shows a scale set with resource group, region, orchestration and instances', async () => {
		const subscription = await child(tree, undefined, 'Contoso Production');
		const scaleSet = await child(tree, subscription, 'web-vmss');
		assert.match(descriptionOf(scaleSet), /^rg-web · eastus · Flexible · 2 instances/);
		assert.equal(scaleSet.getTreeItem().contextValue, 'scaleSet;flexible;noPool');
	});

	test('marks Uniform scale sets as not supported, without Create', async () => {
		const nodes = [];
		for (const subscription of await tree.getChildren()) {
			nodes.push(...(await tree.getChildren(subscription)));
		}
		const uniform = nodes.filter((node) => /Uniform/.test(descriptionOf(node)));
		assert.ok(uniform.length > 0, 'the seed has a Uniform scale set');
		for (const node of uniform) {
			assert.match(descriptionOf(node), /not supported/);
			assert.match(node.getTreeItem().contextValue ?? '', /^scaleSet;notFlexible;/);
		}
	});

	test('puts each seeded pool under its scale set, with state, capacity and provisioning state', async () => {
		const seeded = await emulatorPools(control);
		assert.ok(seeded.length >= 2, 'the seed has two pools');
		const poolNodes = [];
		for (const subscription of await tree.getChildren()) {
			for (const scaleSet of await tree.getChildren(subscription)) {
				poolNodes.push(
					...(await tree.getChildren(scaleSet)).filter((node) => /^pool;/.test(node.getTreeItem().contextValue ?? '')),
				);
			}
		}
		assert.deepEqual(poolNodes.map(labelOf).sort(), seeded.map((pool) => pool.name).sort());
		for (const pool of poolNodes) {
			assert.match(descriptionOf(pool), /^\w+ · \d+–\d+ ready · \w+/);
		}
	});

	test('expanding a pool shows its live status from the runtime view', async () => {
		const [pool] = await emulatorPools(control);
		assert.ok(pool);
		let poolNode;
		for (const subscription of await tree.getChildren()) {
			for (const scaleSet of await tree.getChildren(subscription)) {
				poolNode ??= (await tree.getChildren(scaleSet)).find((node) => labelOf(node) === pool.name);
			}
		}
		assert.ok(poolNode, `pool ${pool.name} is in the tree`);
		const lines = (await tree.getChildren(poolNode)).map((node) => `${labelOf(node)}: ${descriptionOf(node)}`);
		assert.ok(lines.length > 0);
		assert.ok(
			lines.some((line) => /^(Zone \d+|All VMs): /.test(line)),
			lines.join('\n'),
		);
	});

	test('Delete asks first, deletes in Azure, and the tree refreshes by itself', async () => {
		const [pool] = await emulatorPools(control);
		assert.ok(pool);
		let poolNode;
		for (const subscription of await tree.getChildren()) {
			for (const scaleSet of await tree.getChildren(subscription)) {
				poolNode ??= (await tree.getChildren(scaleSet)).find((node) => labelOf(node) === pool.name);
			}
		}
		assert.ok(poolNode);

		const asked: string[] = [];
		const stub = stubWindow('showWarningMessage', async (message: string, _options: unknown, ...items: string[]) => {
			asked.push(message);
			return items[0];
		});
		try {
			const refreshed = nextTreeChange(tree, 30_000);
			await vscode.commands.executeCommand('standbyPools.deletePool', poolNode);
			await refreshed;
		} finally {
			stub.dispose();
		}

		assert.equal(asked.length, 1);
		assert.match(asked[0] ?? '', new RegExp(pool.name));
		const remaining = (await emulatorPools(control)).map((candidate) => candidate.name);
		assert.ok(!remaining.includes(pool.name), `remaining: ${remaining.join(', ')}`);
	});

	test('Delete does nothing when the user says no', async () => {
		const [pool] = await emulatorPools(control);
		assert.ok(pool);
		const stub = stubWindow('showWarningMessage', async () => undefined);
		try {
			await vscode.commands.executeCommand('standbyPools.deletePool', { kind: 'pool', pool });
		} finally {
			stub.dispose();
		}
		assert.ok((await emulatorPools(control)).some((candidate) => candidate.name === pool.name));
	});

	test('a workspace setting cannot redirect requests', async () => {
		const folder = vscode.workspace.workspaceFolders?.[0];
		assert.ok(folder, 'the tests run with a workspace folder');
		const settingsFile = vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json');
		const hostile = { 'standbyPools.connection': 'emulator', 'standbyPools.emulator.url': 'https://127.0.0.1:9' };
		await vscode.workspace.fs.writeFile(settingsFile, Buffer.from(JSON.stringify(hostile)));
		try {
			await new Promise((resolve) => setTimeout(resolve, 1500));
			const inspected = vscode.workspace.getConfiguration('standbyPools').inspect<string>('emulator.url');
			assert.notEqual(inspected?.globalValue, 'https://127.0.0.1:9');
			tree.refresh();
			const roots = (await tree.getChildren()).map(labelOf);
			assert.ok(roots.includes('Contoso Production'), `roots: ${roots.join(', ')}`);
		} finally {
			await vscode.workspace.fs.delete(settingsFile);
		}
	});
});
