import * as fs from 'node:fs';
import * as https from 'node:https';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** The token the emulator accepts; it is not a secret, only a marker that a request came from a test. */
export const emulatorTestToken = 'emulator-test-token';

const projectRoot = path.resolve(__dirname, '..', '..', '..');

interface PackageManifest {
	readonly publisher: string;
	readonly name: string;
	readonly contributes: {
		readonly commands?: readonly { readonly command: string }[];
		readonly views?: Readonly<Record<string, readonly { readonly id: string }[]>>;
	};
}

/** The extension's package.json, read from the project the tests were compiled in. */
export function readManifest(): PackageManifest {
	return JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as PackageManifest;
}

export function extensionId(): string {
	const manifest = readManifest();
	return `${manifest.publisher}.${manifest.name}`;
}

/** Returns the extension under test, activated. */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
	const extension = vscode.extensions.getExtension(extensionId());
	if (!extension) {
		throw new Error(`Extension ${extensionId()} is not loaded in this extension host`);
	}
	await extension.activate();
	return extension;
}

export interface TestEnvironment {
	readonly emulatorUrl: URL;
	readonly emulatorCaFile: string;
}

/**
 * Reads where the emulator is from the variables scripts/test.sh sets on code-server, whose extension
 * hosts inherit them.
 */
export function readTestEnvironment(): TestEnvironment {
	const url = process.env['STANDBY_POOLS_TEST_EMULATOR_URL'];
	const caFile = process.env['STANDBY_POOLS_TEST_EMULATOR_CA'];
	if (!url || !caFile) {
		throw new Error(
			'STANDBY_POOLS_TEST_EMULATOR_URL and STANDBY_POOLS_TEST_EMULATOR_CA are not set: run the tests with npm test',
		);
	}

	const emulatorUrl = new URL(url);
	// The test token must never leave this machine, whatever the environment says.
	if (emulatorUrl.protocol !== 'https:' || !['127.0.0.1', 'localhost', '[::1]'].includes(emulatorUrl.hostname)) {
		throw new Error(`The emulator URL must be https on a loopback address, not ${url}`);
	}
	return { emulatorUrl, emulatorCaFile: caFile };
}

export interface EmulatorResponse {
	readonly status: number;
	readonly body: unknown;
}

/** A client for the emulator's control API, trusting the emulator's test CA and sending the test token. */
export class EmulatorControl {
	private readonly ca: Buffer;

	constructor(private readonly environment: TestEnvironment = readTestEnvironment()) {
		this.ca = fs.readFileSync(environment.emulatorCaFile);
	}

	/** Puts the emulator back to its seed. */
	async reset(): Promise<void> {
		expectOk(await this.request('POST', '/_emulator/reset'));
	}

	/** The emulator's whole state, as its control API returns it. */
	async state<T = unknown>(): Promise<T> {
		const response = expectOk(await this.request('GET', '/_emulator/state'));
		return response.body as T;
	}

	/** Any request to the emulator, for tests that check what the extension left behind in "Azure". */
	request(method: string, pathAndQuery: string, body?: unknown): Promise<EmulatorResponse> {
		const url = new URL(pathAndQuery, this.environment.emulatorUrl);
		const payload = body === undefined ? undefined : JSON.stringify(body);
		const headers: Record<string, string> = { authorization: `Bearer ${emulatorTestToken}` };
		if (payload !== undefined) {
			headers['content-type'] = 'application/json';
			headers['content-length'] = String(Buffer.byteLength(payload));
		}

		return new Promise((resolve, reject) => {
			const request = https.request(url, { method, ca: this.ca, headers, timeout: 10_000 }, (response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					resolve({ status: response.statusCode ?? 0, body: parseJson(text) });
				});
				response.on('error', reject);
			});
			request.on('timeout', () => request.destroy(new Error(`${method} ${url.pathname} timed out`)));
			request.on('error', reject);
			request.end(payload);
		});
	}
}

function expectOk(response: EmulatorResponse): EmulatorResponse {
	if (response.status < 200 || response.status >= 300) {
		throw new Error(`The emulator answered ${response.status}: ${JSON.stringify(response.body)}`);
	}
	return response;
}

function parseJson(text: string): unknown {
	if (text.length === 0) {
		return undefined;
	}
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}

export interface WaitForOptions {
	/** What is awaited, for the error message when it does not happen. */
	readonly description: string;
	readonly timeoutMs?: number;
	readonly intervalMs?: number;
}

/**
 * Polls `probe` until it returns something other than undefined, null or false, and returns that.
 * Rejects after `timeoutMs` (default 10 s), naming what it waited for and the last error the probe threw.
 */
export async function waitFor<T>(
	probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
	options: WaitForOptions,
): Promise<T> {
	const timeoutMs = options.timeoutMs ?? 10_000;
	const intervalMs = options.intervalMs ?? 100;
	const deadline = Date.now() + timeoutMs;
	let lastError: unknown;

	for (;;) {
		try {
			const value = await probe();
			if (value !== undefined && value !== null && value !== false) {
				return value;
			}
		} catch (error) {
			lastError = error;
		}
		if (Date.now() >= deadline) {
			const detail = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
			throw new Error(`Timed out after ${timeoutMs} ms waiting for ${options.description}${detail}`);
		}
		await new Promise((resolve) => setTimeout(resolve, intervalMs));
	}
}
