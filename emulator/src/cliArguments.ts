import type { EmulatorOptions } from './startEmulator';

const usage =
	'Usage: node dist/emulator/main.js [--port 47443] [--data-dir <dir>] [--seed <file>] [--latency-ms 0] ' +
	'[--operation-delay-ms 1500] [--page-size 100] [--time-scale 1] [--parent-pid <pid>]';

/** The command line: the emulator's options, and the process whose end also ends the emulator. */
export type CommandLine = EmulatorOptions & { parentPid?: number };

const numericFlags: Record<string, keyof EmulatorOptions> = {
	'--port': 'port',
	'--latency-ms': 'latencyMs',
	'--operation-delay-ms': 'operationDelayMs',
	'--page-size': 'pageSize',
	'--time-scale': 'timeScale',
};

/** Reads the command line; throws a message with the usage line for anything it does not understand. */
export function parseArguments(argv: string[]): CommandLine {
	const options: Record<string, unknown> = {};
	for (let index = 0; index < argv.length; index++) {
		const flag = argv[index] ?? '';
		const [name, inline] = flag.includes('=') ? (flag.split('=', 2) as [string, string]) : [flag, undefined];
		if (name === '--help' || name === '-h') {
			throw new Error(usage);
		}
		const value = inline ?? argv[++index];
		if (value === undefined) {
			throw new Error(`${name} needs a value.\n${usage}`);
		}
		const numeric = numericFlags[name];
		if (numeric !== undefined) {
			const number = Number(value);
			if (value.trim() === '' || !Number.isFinite(number) || number < 0) {
				throw new Error(`${name} must be a number, 0 or more; got '${value}'.\n${usage}`);
			}
			options[numeric] = number;
		} else if (name === '--data-dir') {
			options['dataDir'] = value;
		} else if (name === '--seed') {
			options['seed'] = value;
		} else if (name === '--parent-pid') {
			const pid = Number(value);
			if (!Number.isInteger(pid) || pid <= 0) {
				throw new Error(`--parent-pid must be a process id; got '${value}'.\n${usage}`);
			}
			options['parentPid'] = pid;
		} else {
			throw new Error(`Unknown option '${name}'.\n${usage}`);
		}
	}
	if (options['port'] !== undefined && (!Number.isInteger(options['port']) || Number(options['port']) > 65535)) {
		throw new Error(`--port must be a whole number from 0 to 65535.\n${usage}`);
	}
	return options;
}
