import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../../emulator/src/index';

export interface TestResponse {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	/** The parsed JSON body, or the raw text when it is not JSON, or undefined when empty. */
	body: any;
	text: string;
}

export interface TestEmulator {
	emulator: RunningEmulator;
	request(
		method: string,
		pathAndQuery: string,
		body?: unknown,
		headers?: Record<string, string>,
	): Promise<TestResponse>;
	stop(): Promise<void>;
}

const tlsFileNames = ['ca.pem', 'ca-key.pem', 'server.pem', 'server-key.pem'];
/** The first test emulator's CA and server certificate, reused by the others to skip RSA key generation. */
let sharedTls: Map<string, Buffer> | undefined;

/** Starts an emulator on a free port in a fresh temporary data directory, with operations finishing at once. */
export async function startTestEmulator(options: EmulatorOptions = {}): Promise<TestEmulator> {
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'standby-emulator-test-'));
	sharedTls?.forEach((content, name) => fs.writeFileSync(path.join(dataDir, name), content, { mode: 0o600 }));
	const emulator = await startEmulator({ port: 0, dataDir, operationDelayMs: 0, ...options });
	sharedTls ??= new Map(tlsFileNames.map((name) => [name, fs.readFileSync(path.join(dataDir, name))]));
	const ca = fs.readFileSync(emulator.caFile);
	return {
		emulator,
		request: (method, pathAndQuery, body, headers) =>
			send(emulator, ca, method, pathAndQuery, body, {
				Authorization: `Bearer ${emulator.token}`,
				...headers,
			}),
		stop: async () => {
			await emulator.stop();
			fs.rmSync(dataDir, { recursive: true, force: true });
		},
	};
}

function send(
	emulator: RunningEmulator,
	ca: Buffer,
	method: string,
	pathAndQuery: string,
	body: unknown,
	headers: Record<string, string>,
): Promise<TestResponse> {
	const url = pathAndQuery.startsWith('https://') ? pathAndQuery : `${emulator.url}${pathAndQuery}`;
	const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
	const allHeaders: Record<string, string> = { ...headers };
	if (payload !== undefined) {
		allHeaders['Content-Type'] = 'application/json';
		// Node sends a DELETE body without framing unless told its length.
		allHeaders['Content-Length'] = String(Buffer.byteLength(payload));
	}
	for (const [name, value] of Object.entries(allHeaders)) {
		if (value === '') {
			delete allHeaders[name];
		}
	}
	return new Promise((resolve, reject) => {
		const request = https.request(
			url,
			{ method, ca, headers: allHeaders, agent: false, timeout: 10_000 },
			(response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					let parsed: unknown = undefined;
					if (text !== '') {
						try {
							parsed = JSON.parse(text);
						} catch {
							parsed = text;
						}
					}
					resolve({ status: response.statusCode ?? 0, headers: response.headers, body: parsed, text });
				});
				response.on('error', reject);
			},
		);
		request.on('timeout', () => request.destroy(new Error('Request timed out')));
		request.on('error', reject);
		request.end(payload);
	});
}

/** The default seed's ids, so tests read as the scenario they check. */
export const seedIds = {
	production: '3f2c8a61-9d4e-4b7a-8c15-6e0f2d9b4a73',
	development: '8b5d1e3f-2c7a-4f96-b0e4-a1c3d5f7e9b2',
	scaleSet(subscriptionId: string, resourceGroup: string, name: string): string {
		return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.Compute/virtualMachineScaleSets/${name}`;
	},
	poolPath(subscriptionId: string, resourceGroup: string, name: string, apiVersion = '2026-04-01'): string {
		return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/${name}?api-version=${apiVersion}`;
	},
};
