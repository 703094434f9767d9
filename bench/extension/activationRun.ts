import * as os from 'node:os';
import * as path from 'node:path';
import { loadedBundles, megabytes, standbyPoolsExtension, writeResult } from './benchSupport';

/** Lets the extensions that start with the window finish, so the measurement is not their queue. */
const settleMs = 3000;

/**
 * One activation in a fresh extension host, in VS Code's two parts: loading the main bundle (timed by
 * requiring it first) and `activate()` from the call to the resolved promise (VS Code's preparation of the
 * extension context and the extension's own activate function). The Azure SDK bundle must not load.
 */
export async function run(): Promise<void> {
	const extension = standbyPoolsExtension();
	if (extension.isActive) {
		throw new Error('The extension was already active: something activated it before the benchmark');
	}
	await new Promise((resolve) => setTimeout(resolve, settleMs));

	const main = path.join(extension.extensionPath, (extension.packageJSON as { main: string }).main);
	const before = process.memoryUsage();
	const loadStarted = performance.now();
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	require(main);
	const loadMs = performance.now() - loadStarted;
	const activateStarted = performance.now();
	await extension.activate();
	const activateMs = performance.now() - activateStarted;
	const after = process.memoryUsage();

	const bundles = loadedBundles(extension).filter((file) => file.startsWith('dist'));
	const round = (ms: number): number => Math.round(ms * 100) / 100;
	const result = {
		activationMs: round(loadMs + activateMs),
		codeLoadingMs: round(loadMs),
		activateCallMs: round(activateMs),
		bundles,
		azureSdkLoaded: bundles.some((file) => /azureClients\.js$/.test(file)),
		heapGrowthMb: megabytes(after.heapUsed - before.heapUsed),
		/** The machine's one-minute load average: on a shared machine, figures under load are worth less. */
		loadAverage: Math.round((os.loadavg()[0] ?? 0) * 10) / 10,
	};
	console.log(
		`activation: ${result.activationMs} ms (loading ${result.codeLoadingMs} ms, activate ${result.activateCallMs} ms), loaded ${bundles.join(', ')}`,
	);
	writeResult('activation', result);
	if (result.azureSdkLoaded) {
		throw new Error('Activation loaded the Azure SDK bundle');
	}
}
