/**
 * The file the emulator writes when it is ready (`<dataDir>/emulator.json`), and what the extension trusts
 * of it. Pure Node code, without `vscode`, so unit tests run it against the real emulator.
 */
import { readFile } from 'node:fs/promises';
import * as net from 'node:net';
import * as path from 'node:path';

export const connectionFileName = 'emulator.json';

/** Where a running emulator listens and which CA signed its certificate. */
export interface EmulatorEndpoint {
	/** `https://127.0.0.1:<port>`, nothing else. */
	readonly url: string;
	readonly port: number;
	readonly caFile: string;
	readonly pid: number;
}

/**
 * Reads a connection file's text. Only an https address on 127.0.0.1 is accepted: the settings written from it
 * decide where requests go, so a damaged or planted file must not point them anywhere else.
 */
export function parseConnectionFile(text: string): EmulatorEndpoint | undefined {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return undefined;
	}
	if (typeof value !== 'object' || value === null) {
		return undefined;
	}
	const { url, caFile, pid } = value as Record<string, unknown>;
	if (typeof url !== 'string' || typeof caFile !== 'string' || !path.isAbsolute(caFile)) {
		return undefined;
	}
	if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) {
		return undefined;
	}
	const match = /^https:\/\/127\.0\.0\.1:(\d{1,5})\/?$/.exec(url);
	const port = Number(match?.[1]);
	if (!match || port < 1 || port > 65535) {
		return undefined;
	}
	return { url: `https://127.0.0.1:${port}`, port, caFile, pid };
}

/** The connection file in a data directory, or undefined when it is missing or not valid. */
export async function readConnectionFile(dataDir: string): Promise<EmulatorEndpoint | undefined> {
	try {
		return parseConnectionFile(await readFile(path.join(dataDir, connectionFileName), 'utf8'));
	} catch {
		return undefined;
	}
}

/** True while a process with this id exists (signal 0 only asks). */
export function isProcessAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** True when something accepts connections on 127.0.0.1 at this port within the time given. */
export function isListening(port: number, timeoutMs = 1000): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = net.connect({ host: '127.0.0.1', port });
		const finish = (listening: boolean): void => {
			socket.destroy();
			resolve(listening);
		};
		socket.setTimeout(timeoutMs, () => finish(false));
		socket.once('connect', () => finish(true));
		socket.once('error', () => finish(false));
	});
}

/**
 * An emulator already serving this data directory: started by another window, or left behind by an extension
 * host that ended without stopping it. Its process must be alive and its port must answer.
 */
export async function findRunningEmulator(dataDir: string): Promise<EmulatorEndpoint | undefined> {
	const endpoint = await readConnectionFile(dataDir);
	if (!endpoint || !isProcessAlive(endpoint.pid) || !(await isListening(endpoint.port))) {
		return undefined;
	}
	return endpoint;
}
