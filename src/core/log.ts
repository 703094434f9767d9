import type * as vscode from 'vscode';

/** A logger tagged with the component that writes, over the extension's single log channel. */
export interface Logger {
	trace(message: string): void;
	debug(message: string): void;
	info(message: string): void;
	warn(message: string): void;
	error(message: string | Error): void;
}

/** What every copy of this module shares: the channel, and the recent lines for Report Issue. */
interface SharedLog {
	channel: vscode.LogOutputChannel | undefined;
	readonly recentLines: string[];
}

/**
 * The Azure clients are bundled on their own (dist/azureClients.js) and so carry their own copy of this
 * module; without a shared holder their loggers (the HTTP request log, the 401 retry) would write nowhere.
 * Both bundles run in the same extension host, so the holder lives on `globalThis` under a registered symbol.
 */
const sharedKey = Symbol.for('standbyPools.log');
const shared: SharedLog = ((globalThis as Record<symbol, SharedLog | undefined>)[sharedKey] ??= {
	channel: undefined,
	recentLines: [],
});

/**
 * Creates the one log channel of the extension; called once from activate. The `vscode` module comes in
 * as an argument so that this file, and everything that logs, also loads in plain Node for unit tests.
 */
export function createLogChannel(window: typeof vscode.window): vscode.LogOutputChannel {
	shared.channel = window.createOutputChannel('Standby Pools', { log: true });
	return shared.channel;
}

export function showLog(): void {
	shared.channel?.show(true);
}

const bearerPattern = /(bearer\s+)[A-Za-z0-9\-._~+/]+=*/gi;
const jwtPattern = /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g;
const secretFieldPattern =
	/(\b(?:access_?token|refresh_?token|id_?token|client_?secret|password|secret|sig)\b["']?\s*[:=]\s*["']?)[^"'&\s,}]+/gi;

/** Removes anything that looks like a credential from a line before it is written anywhere. */
export function redact(text: string): string {
	return text
		.replace(bearerPattern, '$1<redacted>')
		.replace(jwtPattern, '<redacted-token>')
		.replace(secretFieldPattern, '$1<redacted>');
}

/** The latest lines written (trace left out), already redacted, for Report Issue. */
const recentLines = shared.recentLines;
const recentLineLimit = 200;

export function recentLogLines(): readonly string[] {
	return [...recentLines];
}

export function getLogger(component: string): Logger {
	const write = (level: 'trace' | 'debug' | 'info' | 'warn' | 'error', message: string): void => {
		const line = `[${component}] ${redact(message)}`;
		shared.channel?.[level](line);
		if (level !== 'trace') {
			recentLines.push(`${new Date().toISOString()} ${level} ${line}`);
			recentLines.splice(0, recentLines.length - recentLineLimit);
		}
	};
	return {
		trace: (message) => write('trace', message),
		debug: (message) => write('debug', message),
		info: (message) => write('info', message),
		warn: (message) => write('warn', message),
		error: (message) => write('error', message instanceof Error ? (message.stack ?? message.message) : message),
	};
}
