import * as vscode from 'vscode';

/** A logger tagged with the component that writes, over the extension's single log channel. */
export interface Logger {
	trace(message: string): void;
	debug(message: string): void;
	info(message: string): void;
	warn(message: string): void;
	error(message: string | Error): void;
}

let channel: vscode.LogOutputChannel | undefined;

/** Creates the one log channel of the extension; called once from activate. */
export function createLogChannel(): vscode.LogOutputChannel {
	channel = vscode.window.createOutputChannel('Standby Pools', { log: true });
	return channel;
}

export function showLog(): void {
	channel?.show(true);
}

const bearerPattern = /(bearer\s+)[A-Za-z0-9\-._~+/]+=*/gi;
const jwtPattern = /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g;

/** Removes anything that looks like a credential from a line before it is written anywhere. */
export function redact(text: string): string {
	return text.replace(bearerPattern, '$1<redacted>').replace(jwtPattern, '<redacted-token>');
}

export function getLogger(component: string): Logger {
	const write = (level: 'trace' | 'debug' | 'info' | 'warn' | 'error', message: string): void => {
		channel?.[level](`[${component}] ${redact(message)}`);
	};
	return {
		trace: (message) => write('trace', message),
		debug: (message) => write('debug', message),
		info: (message) => write('info', message),
		warn: (message) => write('warn', message),
		error: (message) => write('error', message instanceof Error ? (message.stack ?? message.message) : message),
	};
}
