import * as vscode from 'vscode';

export type ConnectionKind = 'azure' | 'emulator';

export interface EmulatorConnection {
	readonly kind: 'emulator';
	readonly url: string;
	readonly caFile: string;
}

export interface AzureConnection {
	readonly kind: 'azure';
}

export type Connection = EmulatorConnection | AzureConnection;

const section = 'standbyPools';

/** The default of `standbyPools.requestTimeoutSeconds`, in milliseconds. */
export const defaultRequestTimeoutMs = 60_000;

/**
 * Reads a setting from user (global) settings or the default only. Settings that redirect requests
 * must never come from a workspace: a cloned repository could otherwise send requests elsewhere.
 */
function readUserSetting<T>(key: string): T | undefined {
	const inspected = vscode.workspace.getConfiguration(section).inspect<T>(key);
	return inspected?.globalValue ?? inspected?.defaultValue;
}

export function readConnection(): Connection {
	const kind = readUserSetting<string>('connection');
	if (kind !== 'emulator') {
		return { kind: 'azure' };
	}
	const url = readUserSetting<string>('emulator.url') ?? 'https://127.0.0.1:47443';
	// Empty until Start Local Emulator or the user sets it; the session then explains what is missing.
	const caFile = readUserSetting<string>('emulator.caFile') ?? '';
	return { kind: 'emulator', url, caFile };
}

/** True when a configuration change may change where requests go. */
export function affectsConnection(event: vscode.ConfigurationChangeEvent): boolean {
	return ['connection', 'emulator', 'requestTimeoutSeconds'].some((key) =>
		event.affectsConfiguration(`${section}.${key}`),
	);
}

export async function writeConnectionKind(kind: ConnectionKind): Promise<void> {
	await vscode.workspace.getConfiguration(section).update('connection', kind, vscode.ConfigurationTarget.Global);
}

/** The connection settings as the user set them globally (undefined where unset), to be put back later. */
export interface UserConnectionSettings {
	readonly connection?: string;
	readonly url?: string;
	readonly caFile?: string;
}

export function readUserConnectionSettings(): UserConnectionSettings {
	const configuration = vscode.workspace.getConfiguration(section);
	return {
		connection: configuration.inspect<string>('connection')?.globalValue,
		url: configuration.inspect<string>('emulator.url')?.globalValue,
		caFile: configuration.inspect<string>('emulator.caFile')?.globalValue,
	};
}

/** Writes the connection settings to user settings (undefined removes one); the kind last, once the rest fits. */
export async function writeUserConnectionSettings(settings: UserConnectionSettings): Promise<void> {
	const configuration = vscode.workspace.getConfiguration(section);
	await configuration.update('emulator.url', settings.url, vscode.ConfigurationTarget.Global);
	await configuration.update('emulator.caFile', settings.caFile, vscode.ConfigurationTarget.Global);
	await configuration.update('connection', settings.connection, vscode.ConfigurationTarget.Global);
}
