import * as vscode from 'vscode';
import { EmulatorControl } from '../../test/integration/testEnvironment';
import { measureCompletion, type CompletionFigures } from './completionLatency';
import { megabytes, standbyPoolsExtension, writeResult } from './benchSupport';

interface BenchNode {
	getTreeItem(): vscode.TreeItem;
	getChildren?(): Promise<BenchNode[]>;
}
interface BenchExplorer {
	getChildren(node?: BenchNode): Promise<BenchNode[]>;
}

/** Samples the extension host's memory until stopped, keeping the highest figures. */
function startMemorySampler(): () => { peakRssMb: number; peakHeapUsedMb: number } {
	let peakRss = 0;
	let peakHeap = 0;
	const sample = (): void => {
		const usage = process.memoryUsage();
		peakRss = Math.max(peakRss, usage.rss);
		peakHeap = Math.max(peakHeap, usage.heapUsed);
	};
	sample();
	const timer = setInterval(sample, 10);
	return () => {
		clearInterval(timer);
		sample();
		return { peakRssMb: megabytes(peakRss), peakHeapUsedMb: megabytes(peakHeap) };
	};
}

/** Expands every subscription and every scale set, as a user opening the whole tree would. */
async function loadWholeTree(explorer: BenchExplorer): Promise<{ scaleSets: number; pools: number }> {
	const subscriptions = await explorer.getChildren();
	const scaleSets = (await Promise.all(subscriptions.map((node) => explorer.getChildren(node)))).flat();
	const below = await Promise.all(scaleSets.map(async (node) => (node.getChildren ? node.getChildren() : [])));
	return {
		scaleSets: scaleSets.filter((node) => /^scaleSet;/.test(node.getTreeItem().contextValue ?? '')).length,
		pools: below.flat().filter((node) => /^pool(;|$)/.test(node.getTreeItem().contextValue ?? '')).length,
	};
}

/**
 * With the large estate loaded: the extension host's peak memory, then Bicep completion latency without
 * Azure choices (connected to an empty estate) and with the user's scale sets as choices.
 */
export async function run(): Promise<void> {
	const extension = standbyPoolsExtension();
	const baseline = process.memoryUsage();
	const stopSampling = startMemorySampler();
	const explorer = ((await extension.activate()) as { explorer: BenchExplorer }).explorer;
	const afterActivation = process.memoryUsage();

	const estate = await new EmulatorControl().state<{ scaleSets: unknown[] }>();
	const treeStarted = performance.now();
	const tree = await loadWholeTree(explorer);
	const treeMs = performance.now() - treeStarted;
	if (tree.scaleSets !== estate.scaleSets.length) {
		throw new Error(`The tree showed ${tree.scaleSets} of ${estate.scaleSets.length} scale sets`);
	}
	const completion: CompletionFigures = await measureCompletion(extension);
	const memory = stopSampling();

	const result = {
		estate: { scaleSets: tree.scaleSets, pools: tree.pools },
		treeLoadMs: Math.round(treeMs),
		memory: {
			baselineRssMb: megabytes(baseline.rss),
			afterActivationRssMb: megabytes(afterActivation.rss),
			...memory,
			baselineHeapUsedMb: megabytes(baseline.heapUsed),
		},
		completion,
	};
	console.log(JSON.stringify(result, undefined, 2));
	writeResult('workload', result);
}
