/**
 * Starts the emulator bundled with the extension as a child process and ends it. Pure Node code, without
 * `vscode`, so unit tests run it against the real `dist/emulator/main.js`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { connectionFileName, isProcessAlive, readConnectionFile, type EmulatorEndpoint } from './connectionFile';

export interface EmulatorLaunchOptions {
	/** The Node to run it with: the extension host's own (`process.execPath`). */
	readonly nodePath: string;
	/** The bundled `dist/emulator/main.js`. */
	readonly mainScript: string;
	/** Holds the emulator's test CA, its certificate and `emulator.json`. */
	readonly dataDir: string;
	/** The environment the child starts from; `ELECTRON_RUN_AS_NODE` is added. */
	readonly env: NodeJS.ProcessEnv;
	/** Every line the emulator prints. */
	readonly onOutput?: (line: string, stream: 'stdout' | 'stderr') => void;
	readonly timeoutMs?: number;
	readonly signal?: AbortSignal;
}

export type EmulatorStartFailure = 'exited' | 'timedOut' | 'cancelled' | 'spawnFailed';

/** Why the emulator did not start, with the last lines it wrote to stderr. */
export class EmulatorStartError extends Error {
	constructor(
		readonly reason: EmulatorStartFailure,
		readonly detail: string,
	) {
		super(`The local emulator did not start (${reason})${detail ? `: ${detail}` : ''}`);
		this.name = 'EmulatorStartError';
	}
}

/** An emulator this extension host started and owns. */
export interface EmulatorChild extends EmulatorEndpoint {
	/** Resolves with the exit code (or signal name) once the process has ended, however it ended. */
	readonly exited: Promise<number | string>;
	/** Asks it to stop (SIGTERM, which lets it remove `emulator.json`), then kills it if it does not. */
	stop(graceMs?: number): Promise<void>;
}

const pollIntervalMs = 100;
const defaultTimeoutMs = 30_000;

/** Starts the emulator on a free port with its built-in sample estate; resolves once `emulator.json` names it. */
export async function launchEmulator(options: EmulatorLaunchOptions): Promise<EmulatorChild> {
	await mkdir(options.dataDir, { recursive: true });
	// A file left by a process that is gone would otherwise be mistaken for the new one.
	await rm(path.join(options.dataDir, connectionFileName), { force: true });

	// --parent-pid: the emulator ends itself if this extension host goes away without stopping it.
	const args = [options.mainScript, '--port', '0', '--data-dir', options.dataDir, '--parent-pid', String(process.pid)];
	const child = spawn(options.nodePath, args, {
		cwd: options.dataDir,
		env: { ...options.env, ELECTRON_RUN_AS_NODE: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
		windowsHide: true,
	});
	const stderrTail: string[] = [];
	forwardLines(child, (line, stream) => {
		if (stream === 'stderr') {
			stderrTail.push(line);
			stderrTail.splice(0, Math.max(0, stderrTail.length - 5));
		}
		options.onOutput?.(line, stream);
	});
	const exited = new Promise<number | string>((resolve) => {
		child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
		child.once('error', () => resolve('spawn error'));
	});
	const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));

	try {
		const endpoint = await waitForEndpoint(child, options, exited, spawnError, () => stderrTail.join('\n'));
		return { ...endpoint, exited, stop: (graceMs) => stopChild(child, exited, graceMs) };
	} catch (error) {
		await stopChild(child, exited);
		throw error;
	}
}

async function waitForEndpoint(
	child: ChildProcess,
	options: EmulatorLaunchOptions,
	exited: Promise<number | string>,
	spawnError: Promise<Error>,
	stderr: () => string,
): Promise<EmulatorEndpoint> {
	const deadline = Date.now() + (options.timeoutMs ?? defaultTimeoutMs);
	let ended: string | undefined;
	void exited.then((code) => (ended = String(code)));
	let failedToSpawn: Error | undefined;
	void spawnError.then((error) => (failedToSpawn = error));

	for (;;) {
		const endpoint = await readConnectionFile(options.dataDir);
		if (endpoint && endpoint.pid === child.pid) {
			return endpoint;
		}
		if (failedToSpawn) {
			throw new EmulatorStartError('spawnFailed', failedToSpawn.message);
		}
		if (ended !== undefined) {
			throw new EmulatorStartError('exited', stderr() || `exit ${ended}`);
		}
		if (options.signal?.aborted) {
			throw new EmulatorStartError('cancelled', '');
		}
		if (Date.now() > deadline) {
			throw new EmulatorStartError('timedOut', stderr());
		}
		await new Promise((resolve) => setTimeout(resolve, pollIntervalMs));
	}
}

function forwardLines(child: ChildProcess, onLine: (line: string, stream: 'stdout' | 'stderr') => void): void {
	for (const stream of ['stdout', 'stderr'] as const) {
		const source = child[stream];
		if (source) {
			readline.createInterface({ input: source }).on('line', (line) => onLine(line, stream));
		}
	}
}

async function stopChild(child: ChildProcess, exited: Promise<number | string>, graceMs = 5000): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
		return;
	}
	child.kill('SIGTERM');
	if (await endsWithin(exited, graceMs)) {
		return;
	}
	child.kill('SIGKILL');
	await endsWithin(exited, graceMs);
}

/**
 * Ends an emulator this extension host did not start (another window's, or one left behind), by process id.
 * The caller has checked that the id is the one in `emulator.json` and that its port answers.
 */
export async function stopEmulatorProcess(pid: number, graceMs = 5000): Promise<void> {
	const signal = (name: NodeJS.Signals): void => {
		try {
			process.kill(pid, name);
		} catch {
			// Already gone.
		}
	};
	signal('SIGTERM');
	const deadline = Date.now() + graceMs;
	while (isProcessAlive(pid) && Date.now() < deadline) {
		await new Promise((resolve) => setTimeout(resolve, pollIntervalMs));
	}
	if (isProcessAlive(pid)) {
		signal('SIGKILL');
	}
}

async function endsWithin(exited: Promise<unknown>, ms: number): Promise<boolean> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<false>((resolve) => {
		timer = setTimeout(() => resolve(false), ms);
	});
	try {
		return await Promise.race([exited.then(() => true as const), timeout]);
	} finally {
		clearTimeout(timer);
	}
}
