import { parseArguments } from './cliArguments';
import { startEmulator } from './startEmulator';

/** Command-line entry: starts the emulator, prints where it is, and stops on SIGINT or SIGTERM. */
async function main(): Promise<void> {
	let options;
	try {
		options = parseArguments(process.argv.slice(2));
	} catch (error) {
		process.stderr.write(`${(error as Error).message}\n`);
		process.exitCode = 2;
		return;
	}
	const emulator = await startEmulator(options);
	process.stdout.write(`Standby Pools emulator listening on ${emulator.url}\n`);
	process.stdout.write(`CA certificate: ${emulator.caFile}\n`);

	let stopping = false;
	const shutdown = (): void => {
		if (stopping) {
			return;
		}
		stopping = true;
		emulator.stop().then(
			() => process.exit(0),
			() => process.exit(1),
		);
	};
	process.on('SIGINT', shutdown);
	process.on('SIGTERM', shutdown);
	if (options.parentPid !== undefined) {
		watchParent(options.parentPid, shutdown);
	}
}

/**
 * Ends the emulator when the process that started it is gone, so an editor that crashed leaves no server
 * behind. Checked every two seconds; signal 0 only asks whether the process exists.
 */
function watchParent(parentPid: number, shutdown: () => void): void {
	const timer = setInterval(() => {
		try {
			process.kill(parentPid, 0);
		} catch {
			clearInterval(timer);
			shutdown();
		}
	}, 2000);
	timer.unref();
}

main().catch((error: unknown) => {
	const message = error instanceof Error ? error.message : String(error);
	const hint = /EADDRINUSE/.test(message) ? ' (is another emulator running? Use --port 0 for a free port)' : '';
	process.stderr.write(`The emulator could not start: ${message}${hint}\n`);
	process.exit(1);
});
