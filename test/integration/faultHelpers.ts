import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as https from 'node:https';
import * as vscode from 'vscode';
import { child, labelOf, stubWindow, type TestExplorer, type TestNode } from './explorerHelpers';
import { emulatorTestToken, readTestEnvironment, type EmulatorControl } from './testEnvironment';

/** A fault as the emulator's control API takes it (see emulator/README.md, "Faults"). */
export interface Fault {
	readonly method?: string;
	/** A regular expression tested against the request path, without the query. */
	readonly path: string;
	readonly count?: number;
	readonly action?: 'respond' | 'drop' | 'delay' | 'malformedJson' | 'failOperation';
	readonly status?: number;
	readonly retryAfter?: number;
	readonly error?: { code: string; message: string; target?: string };
	readonly delayMs?: number;
}

export interface LoggedRequest {
	readonly time: string;
	readonly method: string;
	readonly path: string;
	readonly status: number;
	readonly fault?: string;
}

export interface EmulatorPool {
	readonly id: string;
	readonly name: string;
	readonly tags?: Record<string, string>;
	readonly properties: Record<string, unknown> & { elasticityProfile?: Record<string, unknown> };
}

export interface EmulatorState {
	readonly scaleSets: { id: string; name: string }[];
	readonly standbyVirtualMachinePools: EmulatorPool[];
}

/** The emulator's control API, in the words of a fault test. */
export class FaultControl {
	constructor(readonly control: EmulatorControl) {}

	/** Back to the seed, with long-running operations finishing at once so that tests wait only for retries. */
	async reset(): Promise<void> {
		await this.control.reset();
		await this.expectOk(this.control.request('POST', '/_emulator/config', { operationDelayMs: 0 }));
	}

	async addFault(...faults: Fault[]): Promise<void> {
		await this.expectOk(this.control.request('POST', '/_emulator/faults', faults));
	}

	async clearFaults(): Promise<void> {
		await this.expectOk(this.control.request('DELETE', '/_emulator/faults'));
	}

	async clearRequests(): Promise<void> {
		await this.expectOk(this.control.request('DELETE', '/_emulator/requests'));
	}

	/** The ARM requests the emulator answered, oldest first, optionally only those whose path matches. */
	async requests(path?: RegExp, method?: string): Promise<LoggedRequest[]> {
		const response = await this.expectOk(this.control.request('GET', '/_emulator/requests'));
		const body = response.body as LoggedRequest[] | { value?: LoggedRequest[] };
		const all = Array.isArray(body) ? body : (body.value ?? []);
		return all.filter(
			(entry) => (!path || path.test(entry.path)) && (!method || entry.method === method.toUpperCase()),
		);
	}

	/** The statuses of matching requests in order, e.g. `[429, 200]`; 0 stands for a dropped connection. */
	async statuses(path: RegExp, method?: string): Promise<number[]> {
		return (await this.requests(path, method)).map((entry) => entry.status);
	}

	async state(): Promise<EmulatorState> {
		return this.control.state<EmulatorState>();
	}

	async pool(name: string): Promise<EmulatorPool | undefined> {
		return (await this.state()).standbyVirtualMachinePools.find((pool) => pool.name === name);
	}

	async scaleSetId(name: string): Promise<string> {
		const scaleSet = (await this.state()).scaleSets.find((candidate) => candidate.name === name);
		return scaleSet?.id ?? assert.fail(`the seed has no scale set ${name}`);
	}

	/** Removes resources as if someone deleted them in the portal. */
	async deleteElsewhere(...ids: string[]): Promise<void> {
		await this.expectOk(deleteWithBody('/_emulator/resources', { ids }));
	}

	private async expectOk<T extends { status: number; body: unknown }>(pending: Promise<T>): Promise<T> {
		const response = await pending;
		if (response.status < 200 || response.status >= 300) {
			throw new Error(`The emulator's control API answered ${response.status}: ${JSON.stringify(response.body)}`);
		}
		return response;
	}
}

/**
 * A DELETE with a JSON body: Node sends a DELETE body only with a Content-Length, which the shared
 * EmulatorControl does not set.
 */
function deleteWithBody(path: string, body: unknown): Promise<{ status: number; body: unknown }> {
	const environment = readTestEnvironment();
	const payload = JSON.stringify(body);
	const headers = {
		authorization: `Bearer ${emulatorTestToken}`,
		'content-type': 'application/json',
		'content-length': String(Buffer.byteLength(payload)),
	};
	const ca = fs.readFileSync(environment.emulatorCaFile);
	return new Promise((resolve, reject) => {
		const request = https.request(
			new URL(path, environment.emulatorUrl),
			{ method: 'DELETE', ca, headers },
			(response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () =>
					resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
				);
				response.on('error', reject);
			},
		);
		request.setTimeout(10_000, () => request.destroy(new Error(`DELETE ${path} timed out`)));
		request.on('error', reject);
		request.end(payload);
	});
}

/** Everything the extension showed a user during a fault test: notifications, form messages, error nodes. */
export const shownToUser: string[] = [];

/** What a token or an authorization header looks like in text a user sees. */
const secretPatterns = [
	/emulator-test-token/,
	/\bbearer\s+\S{8,}/i,
	/\bauthorization["']?\s*[:=]/i,
	/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\./,
];

/** Fails when any of the texts carries a token or an authorization header. */
export function assertNoSecrets(texts: readonly string[]): void {
	for (const text of texts) {
		for (const pattern of secretPatterns) {
			assert.doesNotMatch(text, pattern, 'a user-visible text carries a token or an authorization header');
		}
	}
}

export interface ShownMessage {
	readonly severity: 'error' | 'warning' | 'information';
	readonly message: string;
	readonly actions: readonly string[];
}

/**
 * Captures what the extension shows in notifications, and answers every one with nothing chosen, except
 * modal confirmations, which get the answer the test gives (e.g. "Delete").
 */
export class MessageRecorder implements vscode.Disposable {
	readonly shown: ShownMessage[] = [];
	private readonly stubs: vscode.Disposable[];

	constructor(confirmWith?: string) {
		const record =
			(severity: ShownMessage['severity']) =>
			(message: string, ...rest: unknown[]): Promise<string | undefined> => {
				const options = rest[0];
				const modal = typeof options === 'object' && options !== null && (options as { modal?: boolean }).modal;
				const actions = rest.filter((item): item is string => typeof item === 'string');
				this.shown.push({ severity, message, actions });
				shownToUser.push(message, ...actions);
				return Promise.resolve(
					modal && confirmWith !== undefined && actions.includes(confirmWith) ? confirmWith : undefined,
				);
			};
		this.stubs = [
			stubWindow('showErrorMessage', record('error')),
			stubWindow('showWarningMessage', record('warning')),
			stubWindow('showInformationMessage', record('information')),
		];
	}

	errors(): string[] {
		return this.shown.filter((entry) => entry.severity === 'error').map((entry) => entry.message);
	}

	/** The one error shown, or a failure naming what was shown instead. */
	onlyError(): ShownMessage {
		const errors = this.shown.filter((entry) => entry.severity === 'error');
		assert.equal(errors.length, 1, `expected one error message, got: ${JSON.stringify(this.shown)}`);
		return errors[0] as ShownMessage;
	}

	dispose(): void {
		vscode.Disposable.from(...this.stubs).dispose();
	}
}

/**
 * Records unhandled promise rejections in this process, which is the extension host the extension runs in.
 * VS Code logs them too; this makes them a test failure.
 */
export class UnhandledRejections implements vscode.Disposable {
	readonly seen: string[] = [];
	private readonly listener = (reason: unknown): void => {
		this.seen.push(reason instanceof Error ? (reason.stack ?? reason.message) : String(reason));
	};

	constructor() {
		process.on('unhandledRejection', this.listener);
	}

	/** Lets pending rejections surface, then fails if any arrived since the last check. */
	async assertNone(): Promise<void> {
		await new Promise((resolve) => setTimeout(resolve, 50));
		const seen = this.seen.splice(0);
		assert.deepEqual(seen, [], 'unhandled promise rejections in the extension host');
	}

	dispose(): void {
		process.off('unhandledRejection', this.listener);
	}
}

/** Sets a user setting for the duration of `action` and puts the previous value back afterwards. */
export async function withUserSetting<T>(key: string, value: unknown, action: () => Promise<T>): Promise<T> {
	const configuration = vscode.workspace.getConfiguration('standbyPools');
	const previous = configuration.inspect(key)?.globalValue;
	await configuration.update(key, value, vscode.ConfigurationTarget.Global);
	try {
		return await action();
	} finally {
		await vscode.workspace.getConfiguration('standbyPools').update(key, previous, vscode.ConfigurationTarget.Global);
	}
}

/** Walks the whole tree and returns the node with this label whose context value matches. */
export async function findNode(tree: TestExplorer, label: string, contextValue: RegExp): Promise<TestNode | undefined> {
	for (const subscription of await tree.getChildren()) {
		for (const node of await tree.getChildren(subscription)) {
			if (labelOf(node) === label && contextValue.test(node.getTreeItem().contextValue ?? '')) {
				return node;
			}
			for (const below of await tree.getChildren(node)) {
				if (labelOf(below) === label && contextValue.test(below.getTreeItem().contextValue ?? '')) {
					return below;
				}
			}
		}
	}
	return undefined;
}

export async function findPoolNode(tree: TestExplorer, name: string): Promise<TestNode> {
	return (await findNode(tree, name, /^pool(;|$)/)) ?? assert.fail(`no pool node ${name} in the tree`);
}

/**
 * The tree works again once the fault is gone: the subscriptions load, and a subscription's children load
 * without an error node.
 */
export async function assertTreeUsable(tree: TestExplorer, faults: FaultControl): Promise<void> {
	await faults.clearFaults();
	tree.refresh();
	const production = await child(tree, undefined, 'Contoso Production');
	const children = await tree.getChildren(production);
	const errors = children.filter((node) => node.getTreeItem().contextValue === 'error');
	assert.deepEqual(errors.map(labelOf), [], 'no error node once the fault is gone');
	assert.ok(
		children.some((node) => /^scaleSet;/.test(node.getTreeItem().contextValue ?? '')),
		`the tree lists scale sets again; got ${children.map(labelOf).join(', ')}`,
	);
}

/**
 * Declares a fault test that also proves, once the test body is done, that the tree is usable again and
 * that no promise rejection went unhandled.
 */
export function faultTest(
	title: string,
	body: () => Promise<void>,
	context: () => { tree: TestExplorer; faults: FaultControl; rejections: UnhandledRejections },
): Mocha.Test {
	return test(title, async () => {
		const { tree, faults, rejections } = context();
		rejections.seen.splice(0);
		shownToUser.splice(0);
		await body();
		await rejections.assertNone();
		assertNoSecrets(shownToUser.splice(0));
		await assertTreeUsable(tree, faults);
		await rejections.assertNone();
	});
}

/** What an error should tell a user, per fault: what happened, and what to do about it. */
export const expectedMessages = {
	serverError: { what: /internal error/i, next: /try again/i },
	unavailable: { what: /unavailable/i, next: /try again/i },
	dropped: { what: /could not reach|connection/i, next: /check .*connection|try again/i },
	timeout: { what: /did not answer in time/i, next: /try again/i },
	conflict: { what: /changed by another/i, next: /retry|refresh|try again/i },
	malformed: { what: /could not be read|not valid json|unreadable/i, next: /try again/i },
	notFound: { what: /not found/i, next: /deleted|refresh/i },
} as const;

export function assertExplains(message: string, expected: { what: RegExp; next: RegExp }): void {
	assert.match(message, expected.what, `says what happened: ${message}`);
	assert.match(message, expected.next, `says what to do: ${message}`);
}

/**
 * Sets the log level of every logger in this window, the extension's included, through the command VS Code
 * offers extension tests. Returns the level it replaced, to put back afterwards. The fault and security
 * suites run at trace so that the log scan after the run (scripts/check-logs.mjs) also reads the HTTP
 * request log of every fault.
 */
export async function setLogLevel(level: string): Promise<string | undefined> {
	try {
		const previous = await vscode.commands.executeCommand<string>('_extensionTests.getLogLevel');
		await vscode.commands.executeCommand('_extensionTests.setLogLevel', level);
		return previous;
	} catch {
		// Other VS Code builds may not offer these commands; the tests then run at the default level.
		return undefined;
	}
}
