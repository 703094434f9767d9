import fs from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import defaultSeedJson from '../seed/default.json';
import { createControlRouter } from './control/controlRoutes';
import { createFault, type Fault, type FaultSpec, FaultList } from './control/faults';
import { stateSnapshot } from './control/stateSnapshot';
import { createArmRouter } from './server/armRouter';
import { emulatorToken } from './server/authentication';
import type { EmulatorRuntime } from './server/emulatorRuntime';
import { handleRequest } from './server/handleRequest';
import { checkConfig, defaultConfig, type EmulatorConfig } from './state/emulatorConfig';
import { EmulatorState } from './state/emulatorState';
import { loadSeed } from './state/loadSeed';
import { checkSeed, type SeedFile } from './state/seedFile';
import { prepareTls } from './tls/certificates';

export const defaultPort = 47443;

export interface EmulatorOptions extends Partial<EmulatorConfig> {
	/** 47443 by default; 0 picks a free port. */
	port?: number;
	/** Where the CA and emulator.json live; `.emulator-data` under the working directory by default. */
	dataDir?: string;
	/** A seed object or the path of a seed file; the shipped emulator/seed/default.json by default. */
	seed?: SeedFile | string;
	/** Write `<dataDir>/emulator.json`; true by default. */
	writeConnectionFile?: boolean;
}

export interface RunningEmulator {
	url: string;
	caFile: string;
	token: string;
	port: number;
	dataDir: string;
	state: EmulatorState;
	stop(): Promise<void>;
	reset(): void;
	configure(config: Partial<EmulatorConfig>): void;
	addFault(fault: FaultSpec): Fault;
	clearFaults(): void;
	advanceTime(milliseconds: number): void;
	snapshot(): Record<string, unknown>;
}

/** Starts an emulator on 127.0.0.1 and resolves once it listens. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
	const dataDir = path.resolve(options.dataDir ?? '.emulator-data');
	fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
	const config = startConfig(options);
	const seed = readSeed(options.seed);
	const state = new EmulatorState(config);
	loadSeed(state, seed);
	const tls = prepareTls(dataDir);

	const runtime: EmulatorRuntime = {
		state,
		faults: new FaultList(),
		seed,
		token: emulatorToken,
		armRouter: createArmRouter(),
		controlRouter: undefined as never,
		baseUrl: '',
		stopping: new AbortController(),
	};
	runtime.controlRouter = createControlRouter(runtime, config);
	const server = https.createServer({ key: tls.serverKeyPem, cert: tls.serverCertPem }, (request, response) => {
		void handleRequest(runtime, request, response);
	});
	const port = await listen(server, options.port ?? defaultPort);
	runtime.baseUrl = `https://127.0.0.1:${port}`;

	const connectionFile = path.join(dataDir, 'emulator.json');
	if (options.writeConnectionFile ?? true) {
		const connection = { url: runtime.baseUrl, caFile: tls.caFile, pid: process.pid, token: emulatorToken };
		fs.writeFileSync(connectionFile, `${JSON.stringify(connection, undefined, 2)}\n`, { mode: 0o600 });
	}
	return {
		url: runtime.baseUrl,
		caFile: tls.caFile,
		token: emulatorToken,
		port,
		dataDir,
		state,
		stop: () => stop(runtime, server, connectionFile),
		reset: () => {
			loadSeed(state, seed);
			runtime.faults.clear();
			state.requestLog = [];
		},
		configure: (partial) => {
			const checked = checkConfig(partial);
			if ('problem' in checked) {
				throw new Error(checked.problem);
			}
			state.config = { ...state.config, ...checked.config };
			if (checked.config.timeScale !== undefined) {
				state.clock.setTimeScale(checked.config.timeScale);
			}
		},
		addFault: (spec) => {
			const fault = createFault(spec);
			runtime.faults.add(fault);
			return fault;
		},
		clearFaults: () => runtime.faults.clear(),
		advanceTime: (milliseconds) => state.clock.advance(milliseconds),
		snapshot: () => stateSnapshot(runtime),
	};
}

function startConfig(options: EmulatorOptions): EmulatorConfig {
	const given: Partial<EmulatorConfig> = {};
	for (const key of Object.keys(defaultConfig) as (keyof EmulatorConfig)[]) {
		if (options[key] !== undefined) {
			given[key] = options[key];
		}
	}
	const checked = checkConfig(given);
	if ('problem' in checked) {
		throw new Error(checked.problem);
	}
	return { ...defaultConfig, ...checked.config };
}

function readSeed(seed: SeedFile | string | undefined): SeedFile {
	if (seed === undefined) {
		return checkSeed(defaultSeedJson);
	}
	if (typeof seed === 'string') {
		return checkSeed(JSON.parse(fs.readFileSync(seed, 'utf8')) as unknown);
	}
	return checkSeed(seed);
}

function listen(server: https.Server, port: number): Promise<number> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => {
			server.off('error', reject);
			resolve((server.address() as AddressInfo).port);
		});
	});
}

/** Ends delayed responses and open connections, then removes emulator.json if it is still this process's. */
async function stop(runtime: EmulatorRuntime, server: https.Server, connectionFile: string): Promise<void> {
	runtime.stopping.abort();
	const closed = new Promise<void>((resolve) => server.close(() => resolve()));
	server.closeAllConnections();
	await closed;
	try {
		const written = JSON.parse(fs.readFileSync(connectionFile, 'utf8')) as { url?: string; pid?: number };
		if (written.pid === process.pid && written.url === runtime.baseUrl) {
			fs.rmSync(connectionFile);
		}
	} catch {
		// No file, or one another emulator wrote: either way it is not ours to remove.
	}
}
