import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
	child,
	descriptionOf,
	explorer,
	labelOf,
	nextTreeChange,
	type TestExplorer,
	type TestNode,
} from './explorerHelpers';
import {
	assertExplains,
	expectedMessages,
	FaultControl,
	faultTest,
	setLogLevel,
	shownToUser,
	findNode,
	UnhandledRejections,
	withUserSetting,
	type Fault,
} from './faultHelpers';
import { EmulatorControl } from './testEnvironment';

const poolList = 'providers/Microsoft\\.StandbyPool/standbyVirtualMachinePools$';
const scaleSetList = 'providers/Microsoft\\.Compute/virtualMachineScaleSets$';

/** The children of Contoso Production, as the tree shows them after a refresh. */
async function productionChildren(tree: TestExplorer): Promise<TestNode[]> {
	tree.refresh();
	return tree.getChildren(await child(tree, undefined, 'Contoso Production'));
}

/** The error nodes among `nodes`; what they say is noted as shown to the user. */
function errorNodes(nodes: readonly TestNode[]): TestNode[] {
	const errors = nodes.filter((node) => node.getTreeItem().contextValue === 'error');
	for (const node of errors) {
		const item = node.getTreeItem();
		shownToUser.push(
			descriptionOf(node),
			typeof item.tooltip === 'string' ? item.tooltip : (item.tooltip?.value ?? ''),
		);
	}
	return errors;
}

suite('Faults: listing the tree', function () {
	this.timeout(60_000);
	let faults: FaultControl;
	let tree: TestExplorer;
	let rejections: UnhandledRejections;
	let previousLogLevel: string | undefined;

	suiteSetup(async () => {
		faults = new FaultControl(new EmulatorControl());
		tree = await explorer();
		rejections = new UnhandledRejections();
		previousLogLevel = await setLogLevel('trace');
	});

	suiteTeardown(async () => {
		rejections.dispose();
		if (previousLogLevel) {
			await setLogLevel(previousLogLevel);
		}
	});

	setup(async () => {
		await faults.reset();
		tree.refresh();
	});

	const check = (title: string, body: () => Promise<void>): Mocha.Test =>
		faultTest(title, body, () => ({ tree, faults, rejections }));

	check('429 with Retry-After: the SDK waits as told, then the list loads', async () => {
		await faults.addFault({ method: 'GET', path: poolList, count: 1, status: 429, retryAfter: 1 });
		const children = await productionChildren(tree);
		assert.deepEqual(errorNodes(children), []);
		assert.ok(children.some((node) => labelOf(node) === 'api-vmss'));

		const requests = await faults.requests(new RegExp(poolList));
		assert.deepEqual(
			requests.map((entry) => entry.status),
			[429, 200],
		);
		const waited = Date.parse(requests[1]?.time ?? '') - Date.parse(requests[0]?.time ?? '');
		assert.ok(waited >= 900, `waited ${waited} ms after Retry-After: 1`);
	});

	const persistent: { title: string; fault: Fault; expected: { what: RegExp; next: RegExp }; attempts: number }[] = [
		{
			title: '500 on every attempt',
			fault: { method: 'GET', path: poolList, status: 500 },
			expected: expectedMessages.serverError,
			attempts: 4,
		},
		{
			title: '503 with Retry-After on every attempt',
			fault: { method: 'GET', path: scaleSetList, status: 503, retryAfter: 1 },
			expected: expectedMessages.unavailable,
			attempts: 4,
		},
		{
			title: 'a dropped connection on every attempt',
			fault: { method: 'GET', path: poolList, action: 'drop' },
			expected: expectedMessages.dropped,
			attempts: 4,
		},
		{
			title: 'a malformed JSON body',
			fault: { method: 'GET', path: poolList, action: 'malformedJson' },
			expected: expectedMessages.malformed,
			attempts: 1,
		},
	];
	for (const { title, fault, expected, attempts } of persistent) {
		check(`${title}: an error node explains it, offers Retry, and the other subscription still loads`, async () => {
			await faults.addFault(fault);
			const children = await productionChildren(tree);
			const [error] = errorNodes(children);
			assert.ok(error, `an error node; got ${children.map(labelOf).join(', ')}`);
			assertExplains(descriptionOf(error), expected);
			assert.equal(error.getTreeItem().command?.command, 'standbyPools.retry');
			assert.equal((await faults.requests(new RegExp(fault.path), 'GET')).length, attempts, 'attempts made');

			const development = await child(tree, undefined, 'Contoso Development');
			assert.ok((await tree.getChildren(development)).length > 0);
		});
	}

	check('500 once: retried within the SDK policy, the user sees nothing', async () => {
		await faults.addFault({ method: 'GET', path: poolList, count: 1, status: 500 });
		assert.deepEqual(errorNodes(await productionChildren(tree)), []);
		assert.deepEqual(await faults.statuses(new RegExp(poolList)), [500, 200]);
	});

	check('a dropped connection once: retried, the user sees nothing', async () => {
		await faults.addFault({ method: 'GET', path: scaleSetList, count: 1, action: 'drop' });
		assert.deepEqual(errorNodes(await productionChildren(tree)), []);
		assert.deepEqual(await faults.statuses(new RegExp(scaleSetList)), [0, 200]);
	});

	check('a response slower than the timeout: an error node says so, Retry then works', async () => {
		await withUserSetting('requestTimeoutSeconds', 1, async () => {
			await faults.addFault({ method: 'GET', path: poolList, count: 1, action: 'delay', delayMs: 1600 });
			const children = await productionChildren(tree);
			const [error] = errorNodes(children);
			assert.ok(error, `an error node; got ${children.map(labelOf).join(', ')}`);
			assertExplains(descriptionOf(error), expectedMessages.timeout);

			const refreshed = nextTreeChange(tree);
			await vscode.commands.executeCommand('standbyPools.retry', error);
			await refreshed;
			const production = await child(tree, undefined, 'Contoso Production');
			assert.deepEqual(errorNodes(await tree.getChildren(production)), []);
		});
	});

	check('401 once (an expired token): a new token is fetched and the list loads', async () => {
		await faults.addFault({ method: 'GET', path: poolList, count: 1, status: 401 });
		assert.deepEqual(errorNodes(await productionChildren(tree)), []);
		assert.deepEqual(await faults.statuses(new RegExp(poolList)), [401, 200]);
	});

	check('403 AuthorizationFailed: the error node names the missing permission', async () => {
		await faults.addFault({ method: 'GET', path: poolList, status: 403 });
		const [error] = errorNodes(await productionChildren(tree));
		assert.ok(error);
		assert.match(descriptionOf(error), /Microsoft\.StandbyPool\/standbyVirtualMachinePools\/read/);
		assert.match(descriptionOf(error), /AuthorizationFailed/);
	});

	check('the subscription list itself fails: the root shows the error and a hint, and Refresh recovers', async () => {
		await faults.addFault({ method: 'GET', path: '^/subscriptions$', status: 403 });
		tree.refresh();
		const roots = await tree.getChildren();
		const [error] = errorNodes(roots);
		assert.ok(error, `an error node; got ${roots.map(labelOf).join(', ')}`);
		assert.match(descriptionOf(error), /Microsoft\.Resources\/subscriptions\/read/);
		assert.ok(roots.some((node) => /Choose Connection/.test(labelOf(node))));
	});

	check('404: a pool deleted elsewhere disappears on refresh, and its scale set offers Create again', async () => {
		const before = await findNode(tree, 'api-pool', /^pool(;|$)/);
		assert.ok(before, 'the seeded pool is in the tree');
		const pool = await faults.pool('api-pool');
		await faults.deleteElsewhere(pool?.id ?? assert.fail('no api-pool'));

		tree.refresh();
		assert.equal(await findNode(tree, 'api-pool', /^pool(;|$)/), undefined);
		const scaleSet = await findNode(tree, 'api-vmss', /^scaleSet;/);
		assert.match(scaleSet?.getTreeItem().contextValue ?? '', /\bnoPool\b/);
	});

	check('a pool whose status fails to load shows an error under it; the pool stays', async () => {
		await faults.addFault({ method: 'GET', path: 'runtimeViews/latest$', status: 503, retryAfter: 1 });
		const pool = await findNode(tree, 'api-pool', /^pool(;|$)/);
		assert.ok(pool);
		const [error] = errorNodes(await tree.getChildren(pool));
		assert.ok(error, 'an error node under the pool');
		assertExplains(descriptionOf(error), expectedMessages.unavailable);
	});
});
