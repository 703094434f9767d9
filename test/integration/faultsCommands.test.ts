import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { explorer, type TestExplorer, type TestNode } from './explorerHelpers';
import {
	assertExplains,
	expectedMessages,
	FaultControl,
	faultTest,
	findNode,
	findPoolNode,
	MessageRecorder,
	setLogLevel,
	UnhandledRejections,
	withUserSetting,
	type Fault,
} from './faultHelpers';
import { EmulatorControl, waitFor } from './testEnvironment';

const deleteApiPool = 'standbyVirtualMachinePools/api-pool$';
const apiPoolStatus = 'standbyVirtualMachinePools/api-pool/runtimeViews/latest$';
const operationStatus = '/operationStatuses/';

interface CommandCase {
	readonly title: string;
	readonly faults: readonly Fault[];
	/** What the error message says; undefined when the command succeeds after the SDK's retries. */
	readonly expected?: { what: RegExp; next: RegExp };
	/** The statuses the emulator logs for the faulted request, in order (0 is a dropped connection). */
	readonly statuses?: readonly number[];
}

/** Runs a command from a node the way its context menu does, recording what it shows; confirms with `confirmWith`. */
async function runFromNode(command: string, node: TestNode, confirmWith?: string): Promise<MessageRecorder> {
	const recorder = new MessageRecorder(confirmWith);
	try {
		await vscode.commands.executeCommand(command, node);
	} finally {
		recorder.dispose();
	}
	return recorder;
}

function assertAzureErrorShown(
	recorder: MessageRecorder,
	operation: RegExp,
	expected: { what: RegExp; next: RegExp },
): void {
	const shown = recorder.onlyError();
	assert.match(shown.message, operation);
	assertExplains(shown.message, expected);
	assert.deepEqual(shown.actions, ['Retry', 'Show Log']);
}

suite('Faults: delete and status commands', function () {
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
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
	});

	setup(async () => {
		await faults.reset();
		tree.refresh();
	});

	const check = (title: string, body: () => Promise<void>): Mocha.Test =>
		faultTest(title, body, () => ({ tree, faults, rejections }));

	const deleteCases: CommandCase[] = [
		{
			title: '429 with Retry-After, honoured, then deleted',
			faults: [{ method: 'DELETE', path: deleteApiPool, count: 1, status: 429, retryAfter: 1 }],
			statuses: [429, 202],
		},
		{
			title: '500 on every attempt: retried by the SDK, then a clear error',
			faults: [{ method: 'DELETE', path: deleteApiPool, status: 500 }],
			expected: expectedMessages.serverError,
			statuses: [500, 500, 500, 500],
		},
		{
			title: '503 once: retried, then deleted',
			faults: [{ method: 'DELETE', path: deleteApiPool, count: 1, status: 503 }],
			statuses: [503, 202],
		},
		{
			title: 'a dropped connection once: retried, then deleted',
			faults: [{ method: 'DELETE', path: deleteApiPool, count: 1, action: 'drop' }],
			statuses: [0, 202],
		},
		{
			title: '401 once: a new token is fetched and the pool is deleted',
			faults: [{ method: 'DELETE', path: deleteApiPool, count: 1, status: 401 }],
			statuses: [401, 202],
		},
		{
			title: '409 conflict: says so and what to do',
			faults: [{ method: 'DELETE', path: deleteApiPool, status: 409 }],
			expected: expectedMessages.conflict,
			statuses: [409],
		},
		{
			title: 'a malformed JSON answer while following the operation: says it could not be read',
			faults: [{ method: 'GET', path: operationStatus, action: 'malformedJson' }],
			expected: expectedMessages.malformed,
		},
	];

	for (const { title, faults: toAdd, expected, statuses } of deleteCases) {
		check(`delete, ${title}`, async () => {
			const node = await findPoolNode(tree, 'api-pool');
			await faults.addFault(...toAdd);
			const recorder = await runFromNode('standbyPools.deletePool', node, 'Delete');

			if (expected) {
				assertAzureErrorShown(recorder, /^Delete standby pool failed: /, expected);
			} else {
				assert.deepEqual(recorder.errors(), []);
				assert.ok(recorder.shown.some((shown) => /^Deleted standby pool api-pool\.$/.test(shown.message)));
				assert.equal(await faults.pool('api-pool'), undefined, 'the pool is gone from Azure');
				assert.equal(await findNode(tree, 'api-pool', /^pool(;|$)/), undefined, 'and from the tree');
			}
			if (statuses) {
				assert.deepEqual(await faults.statuses(new RegExp(deleteApiPool), 'DELETE'), statuses);
			}
		});
	}

	check('delete, a long-running operation that ends Failed: its own message, not a generic one', async () => {
		const node = await findPoolNode(tree, 'api-pool');
		await faults.addFault({
			method: 'DELETE',
			path: deleteApiPool,
			count: 1,
			action: 'failOperation',
			error: { code: 'DeleteBlocked', message: 'Standby VMs are still being created; delete again in a few minutes.' },
		});
		const recorder = await runFromNode('standbyPools.deletePool', node, 'Delete');

		const shown = recorder.onlyError();
		assert.equal(
			shown.message,
			'Delete standby pool failed: Standby VMs are still being created; delete again in a few minutes. (DeleteBlocked)',
		);
		assert.doesNotMatch(shown.message, /long-running operation/i);
	});

	check('delete, 403 AuthorizationFailed: the message names the missing permission', async () => {
		const node = await findPoolNode(tree, 'api-pool');
		await faults.addFault({ method: 'DELETE', path: deleteApiPool, status: 403 });
		const recorder = await runFromNode('standbyPools.deletePool', node, 'Delete');

		assert.match(recorder.onlyError().message, /'Microsoft\.StandbyPool\/standbyVirtualMachinePools\/delete'/);
		assert.ok(await faults.pool('api-pool'), 'the pool is still there');
	});

	check('delete, slower than the request timeout: says so', async () => {
		const node = await findPoolNode(tree, 'api-pool');
		await withUserSetting('requestTimeoutSeconds', 1, async () => {
			await faults.addFault({ method: 'DELETE', path: deleteApiPool, count: 1, action: 'delay', delayMs: 1600 });
			const recorder = await runFromNode('standbyPools.deletePool', node, 'Delete');
			assertAzureErrorShown(recorder, /^Delete standby pool failed: /, expectedMessages.timeout);
			await waitFor(async () => (await faults.requests(new RegExp(deleteApiPool), 'DELETE')).length > 0, {
				description: 'the delayed DELETE to finish',
			});
		});
	});

	check('delete, a pool already deleted elsewhere: nothing to do, and the node goes', async () => {
		const node = await findPoolNode(tree, 'api-pool');
		await faults.deleteElsewhere((await faults.pool('api-pool'))?.id ?? assert.fail('no api-pool'));
		const recorder = await runFromNode('standbyPools.deletePool', node, 'Delete');

		assert.deepEqual(recorder.errors(), []);
		assert.equal(await findNode(tree, 'api-pool', /^pool(;|$)/), undefined);
	});

	const statusCases: CommandCase[] = [
		{
			title: '429 with Retry-After, honoured, then shown',
			faults: [{ method: 'GET', path: apiPoolStatus, count: 1, status: 429, retryAfter: 1 }],
			statuses: [429, 200],
		},
		{
			title: '500 once: retried, then shown',
			faults: [{ method: 'GET', path: apiPoolStatus, count: 1, status: 500 }],
			statuses: [500, 200],
		},
		{
			title: '503 with Retry-After on every attempt: retried as told, then a clear error',
			faults: [{ method: 'GET', path: apiPoolStatus, status: 503, retryAfter: 1 }],
			expected: expectedMessages.unavailable,
			statuses: [503, 503, 503, 503],
		},
		{
			title: 'a dropped connection once: retried, then shown',
			faults: [{ method: 'GET', path: apiPoolStatus, count: 1, action: 'drop' }],
			statuses: [0, 200],
		},
		{
			title: '401 once: a new token is fetched and the status is shown',
			faults: [{ method: 'GET', path: apiPoolStatus, count: 1, status: 401 }],
			statuses: [401, 200],
		},
		{
			title: 'a malformed JSON answer: says it could not be read',
			faults: [{ method: 'GET', path: apiPoolStatus, action: 'malformedJson' }],
			expected: expectedMessages.malformed,
			statuses: [200],
		},
	];

	for (const { title, faults: toAdd, expected, statuses } of statusCases) {
		check(`status, ${title}`, async () => {
			const node = await findPoolNode(tree, 'api-pool');
			await faults.addFault(...toAdd);
			const recorder = await runFromNode('standbyPools.showStatus', node);

			if (expected) {
				assertAzureErrorShown(recorder, /^Show pool status failed: /, expected);
			} else {
				assert.deepEqual(recorder.errors(), []);
				const editor = await waitFor(() => vscode.window.activeTextEditor, { description: 'the status document' });
				assert.match(editor.document.uri.path, /api-pool-status\.json$/);
				assert.ok((JSON.parse(editor.document.getText()) as { runtimeView?: unknown }).runtimeView);
				await vscode.commands.executeCommand('workbench.action.closeAllEditors');
			}
			if (statuses) {
				assert.deepEqual(await faults.statuses(new RegExp(apiPoolStatus), 'GET'), statuses);
			}
		});
	}

	check('status, 403 AuthorizationFailed: the message names the missing permission', async () => {
		const node = await findPoolNode(tree, 'api-pool');
		await faults.addFault({ method: 'GET', path: apiPoolStatus, status: 403 });
		const recorder = await runFromNode('standbyPools.showStatus', node);
		assert.match(
			recorder.onlyError().message,
			/'Microsoft\.StandbyPool\/standbyVirtualMachinePools\/runtimeViews\/read'/,
		);
	});

	check('status, slower than the request timeout: says so', async () => {
		const node = await findPoolNode(tree, 'api-pool');
		await withUserSetting('requestTimeoutSeconds', 1, async () => {
			await faults.addFault({ method: 'GET', path: apiPoolStatus, count: 1, action: 'delay', delayMs: 1600 });
			const recorder = await runFromNode('standbyPools.showStatus', node);
			assertAzureErrorShown(recorder, /^Show pool status failed: /, expectedMessages.timeout);
			await waitFor(async () => (await faults.requests(new RegExp(apiPoolStatus), 'GET')).length > 0, {
				description: 'the delayed GET to finish',
			});
		});
	});

	check('status, 404 for a pool deleted elsewhere: says it may be gone; the node disappears on refresh', async () => {
		const node = await findPoolNode(tree, 'api-pool');
		await faults.deleteElsewhere((await faults.pool('api-pool'))?.id ?? assert.fail('no api-pool'));
		const recorder = await runFromNode('standbyPools.showStatus', node);
		assertAzureErrorShown(recorder, /^Show pool status failed: /, expectedMessages.notFound);

		tree.refresh();
		assert.equal(await findNode(tree, 'api-pool', /^pool(;|$)/), undefined);
	});
});
