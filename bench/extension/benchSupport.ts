import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** The extension under measurement: the packaged one, unpacked, loaded as the development extension. */
export function standbyPoolsExtension(): vscode.Extension<unknown> {
	const extension = vscode.extensions.all.find((candidate) => candidate.id.endsWith('.standby-pools'));
	if (!extension) {
		throw new Error('The Standby Pools extension is not loaded');
	}
	return extension;
}

/** Leaves one run's figures where scripts/bench-extension.sh collects them. */
export function writeResult(name: string, result: unknown): void {
	const folder = process.env['STANDBY_POOLS_BENCH_DIR'];
	if (!folder) {
		throw new Error('STANDBY_POOLS_BENCH_DIR is not set: run the benchmark with npm run bench:extension');
	}
	fs.mkdirSync(folder, { recursive: true });
	fs.writeFileSync(
		path.join(folder, `${name}-${process.pid}-${Date.now()}.json`),
		JSON.stringify(result, undefined, 2),
	);
}

/** Nearest-rank percentile of a sample, in milliseconds rounded to hundredths. */
export function percentile(samples: readonly number[], fraction: number): number {
	const sorted = [...samples].sort((left, right) => left - right);
	const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
	return Math.round((sorted[index] ?? 0) * 100) / 100;
}

/** The bundles of this extension that the extension host has loaded so far. */
export function loadedBundles(extension: vscode.Extension<unknown>): string[] {
	const root = extension.extensionUri.fsPath;
	return Object.keys(require.cache)
		.filter((file) => file.startsWith(root))
		.map((file) => path.relative(root, file));
}

export const megabytes = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;
