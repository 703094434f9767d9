import * as vscode from 'vscode';
import { existsSync } from 'node:fs';
import {
	readUserConnectionSettings,
	writeUserConnectionSettings,
	type UserConnectionSettings,
} from '../../core/azure/connectionSettings';
import { UserCancelledError } from '../../core/commandRunner';
import { getLogger } from '../../core/log';
import { findRunningEmulator, type EmulatorEndpoint } from './connectionFile';
import { EmulatorStartError, launchEmulator, stopEmulatorProcess, type EmulatorChild } from './emulatorProcess';

const log = getLogger('emulator');
const previousSettingsKey = 'standbyPools.localEmulator.previousConnection';
const startTimeoutMs = 30_000;

export type LocalEmulatorState =
	| { readonly kind: 'stopped' }
	| { readonly kind: 'running'; readonly endpoint: EmulatorEndpoint; readonly owned: boolean };

export interface LocalEmulatorPaths {
	/** The bundled `dist/emulator/main.js`. */
	readonly mainScript: string;
	/** Under the extension's global storage: the emulator's CA survives restarts, so it starts in about a second. */
	readonly dataDir: string;
}

/**
 * Runs the emulator that ships inside the extension and points the user settings at it, as Azurite does for
 * Azure Storage. Remembers the connection settings it replaced and puts them back on Stop.
 */
export class LocalEmulatorController implements vscode.Disposable {
	private readonly emitter = new vscode.EventEmitter<LocalEmulatorState>();
	readonly onDidChangeState = this.emitter.event;
	private state: LocalEmulatorState = { kind: 'stopped' };
	private child: EmulatorChild | undefined;
	private starting: Promise<EmulatorEndpoint> | undefined;

	constructor(
		private readonly paths: LocalEmulatorPaths,
		private readonly memento: vscode.Memento,
		private readonly onUnexpectedExit: (exit: number | string) => void,
	) {}

	get current(): LocalEmulatorState {
		return this.state;
	}

	/** Starts the emulator, or finds the one already serving this data folder, and connects the settings to it. */
	async start(): Promise<EmulatorEndpoint> {
		if (this.state.kind === 'running') {
			await this.connectSettings(this.state.endpoint);
			return this.state.endpoint;
		}
		this.starting ??= this.startNow().finally(() => (this.starting = undefined));
		return this.starting;
	}

	/** Stops the emulator and restores the settings it replaced. False when no emulator was running. */
	async stop(): Promise<boolean> {
		await this.starting?.catch(() => undefined);
		const running = this.state.kind === 'running' ? this.state.endpoint : await findRunningEmulator(this.paths.dataDir);
		if (running) {
			const child = this.child;
			this.child = undefined;
			if (child) {
				await child.stop();
			} else {
				await stopEmulatorProcess(running.pid);
			}
			log.info(`Stopped the local emulator at ${running.url}`);
			this.setState({ kind: 'stopped' });
		}
		await this.restoreSettings();
		return running !== undefined;
	}

	private async startNow(): Promise<EmulatorEndpoint> {
		const found = await findRunningEmulator(this.paths.dataDir);
		if (found) {
			log.info(`Using the local emulator already running at ${found.url} (process ${found.pid})`);
			this.setState({ kind: 'running', endpoint: found, owned: false });
		} else {
			const child = await this.launchWithProgress();
			this.child = child;
			void child.exited.then((exit) => this.childExited(child, exit));
			log.info(`Local emulator running at ${child.url} (process ${child.pid})`);
			this.setState({ kind: 'running', endpoint: child, owned: true });
		}
		const endpoint = (this.state as { endpoint: EmulatorEndpoint }).endpoint;
		await this.connectSettings(endpoint);
		return endpoint;
	}

	private async launchWithProgress(): Promise<EmulatorChild> {
		if (!existsSync(this.paths.mainScript)) {
			throw new Error(
				vscode.l10n.t('The local emulator is missing from this installation: {0}', this.paths.mainScript),
			);
		}
		const started = Date.now();
		return vscode.window.withProgress(
			{
				location: vscode.ProgressLocation.Notification,
				title: vscode.l10n.t('Starting the local emulator…'),
				cancellable: true,
			},
			async (_progress, token) => {
				const abort = new AbortController();
				const cancellation = token.onCancellationRequested(() => abort.abort());
				try {
					const child = await launchEmulator({
						nodePath: process.execPath,
						mainScript: this.paths.mainScript,
						dataDir: this.paths.dataDir,
						env: process.env,
						timeoutMs: startTimeoutMs,
						signal: abort.signal,
						onOutput: (line, stream) => (stream === 'stderr' ? log.warn(line) : log.info(line)),
					});
					log.debug(`The local emulator started in ${Date.now() - started} ms`);
					return child;
				} catch (error) {
					throw describeStartError(error);
				} finally {
					cancellation.dispose();
				}
			},
		);
	}

	/** Points the connection settings at the emulator, remembering what they were unless they already pointed here. */
	private async connectSettings(endpoint: EmulatorEndpoint): Promise<void> {
		const current = readUserConnectionSettings();
		if (current.connection === 'emulator' && current.url === endpoint.url && current.caFile === endpoint.caFile) {
			return;
		}
		if (!this.isOurs(current)) {
			await this.memento.update(previousSettingsKey, current);
		}
		await writeUserConnectionSettings({ connection: 'emulator', url: endpoint.url, caFile: endpoint.caFile });
	}

	/** Puts back the settings replaced by Start, unless the user has connected elsewhere since. */
	private async restoreSettings(): Promise<void> {
		const current = readUserConnectionSettings();
		if (!this.isOurs(current)) {
			return;
		}
		const previous = this.memento.get<UserConnectionSettings>(previousSettingsKey) ?? {};
		await writeUserConnectionSettings(previous);
		await this.memento.update(previousSettingsKey, undefined);
	}

	/** True when the settings name this emulator's CA: they were written by Start, in this session or an earlier one. */
	private isOurs(settings: UserConnectionSettings): boolean {
		return settings.connection === 'emulator' && settings.caFile?.startsWith(this.paths.dataDir) === true;
	}

	private childExited(child: EmulatorChild, exit: number | string): void {
		if (this.child !== child) {
			return;
		}
		this.child = undefined;
		log.warn(`The local emulator ended unexpectedly (${exit})`);
		this.setState({ kind: 'stopped' });
		this.onUnexpectedExit(exit);
	}

	private setState(state: LocalEmulatorState): void {
		this.state = state;
		this.emitter.fire(state);
	}

	dispose(): void {
		// Deactivation: the emulator this window started ends with it. SIGTERM goes out before the first await.
		const child = this.child;
		this.child = undefined;
		void child?.stop();
		this.emitter.dispose();
	}
}

function describeStartError(error: unknown): Error {
	if (!(error instanceof EmulatorStartError)) {
		return error instanceof Error ? error : new Error(String(error));
	}
	switch (error.reason) {
		case 'cancelled':
			return new UserCancelledError();
		case 'timedOut':
			return new Error(vscode.l10n.t('The local emulator did not start within {0} seconds.', startTimeoutMs / 1000));
		case 'exited':
			return new Error(vscode.l10n.t('The local emulator stopped while starting: {0}', error.detail));
		case 'spawnFailed':
			return new Error(vscode.l10n.t('The local emulator could not be started: {0}', error.detail));
	}
}
