import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { EmulatorControl } from '../../test/integration/testEnvironment';

/** What the benchmark reads of the tree: the same provider the view uses. */
interface BenchNode {
	getTreeItem(): vscode.TreeItem;
}
interface BenchExplorer {
	getChildren(node?: BenchNode): Promise<BenchNode[]>;
}

interface EmulatorEstate {
	config: { latencyMs: number; pageSize: number };
	tenants: unknown[];
	subscriptions: { subscriptionId: string }[];
	scaleSets: { id?: string; subscriptionId?: string }[];
	standbyVirtualMachinePools: { id?: string; subscriptionId?: string }[];
}

function subscriptionOf(resource: { id?: string; subscriptionId?: string }): string {
	return (resource.subscriptionId ?? resource.id?.split('/')[2] ?? '').toLowerCase();
}

/** Loads the whole tree the way a user expanding every subscription would, and counts scale sets seen. */
async function loadWholeTree(explorer: BenchExplorer): Promise<number> {
	const subscriptions = await explorer.getChildren();
	const children = await Promise.all(subscriptions.map((subscription) => explorer.getChildren(subscription)));
	return children.reduce(
		(sum, nodes) => sum + nodes.filter((node) => /^scaleSet;/.test(node.getTreeItem().contextValue ?? '')).length,
		0,
	);
}

/**
 * Prints how long the tree takes to load completely against the emulator's latency, how many requests
 * it makes, and how that compares with the lower bound: the latency times the longest chain of requests
 * that must run one after another (the subscription pages, then the longest run of list pages).
 */
export async function run(): Promise<void> {
	const extension = vscode.extensions.all.find((candidate) => candidate.id.endsWith('.standby-pools'));
	if (!extension) {
		throw new Error('The Standby Pools extension is not loaded');
	}
	const explorer = ((await extension.activate()) as { explorer: BenchExplorer }).explorer;
	const control = new EmulatorControl();
	const estate = await control.state<EmulatorEstate>();

	const pageSize = estate.config.pageSize;
	const pages = (count: number): number => Math.max(1, Math.ceil(count / pageSize));
	const subscriptionPages = pages(estate.subscriptions.length);
	let longestChainBelowSubscriptions = 0;
	// The directories list runs beside the subscriptions list: it adds requests, not length to the chain.
	let expectedRequests = subscriptionPages + pages(estate.tenants.length);
	for (const subscription of estate.subscriptions) {
		const id = subscription.subscriptionId.toLowerCase();
		const scaleSetPages = pages(estate.scaleSets.filter((item) => subscriptionOf(item) === id).length);
		const poolPages = pages(estate.standbyVirtualMachinePools.filter((item) => subscriptionOf(item) === id).length);
		longestChainBelowSubscriptions = Math.max(longestChainBelowSubscriptions, scaleSetPages, poolPages);
		expectedRequests += scaleSetPages + poolPages;
	}
	const chain = subscriptionPages + longestChainBelowSubscriptions;
	const lowerBoundMs = chain * estate.config.latencyMs;

	await loadWholeTree(explorer);
	const runs: { ms: number; requests: number; scaleSets: number }[] = [];
	for (let attempt = 0; attempt < 5; attempt++) {
		await control.request('DELETE', '/_emulator/requests');
		const started = performance.now();
		const scaleSets = await loadWholeTree(explorer);
		const ms = performance.now() - started;
		const log = (await control.request('GET', '/_emulator/requests')).body as { value: unknown[] };
		runs.push({ ms, requests: log.value.length, scaleSets });
	}

	const sorted = [...runs].sort((left, right) => left.ms - right.ms);
	const median = sorted[Math.floor(sorted.length / 2)] ?? { ms: 0, requests: 0, scaleSets: 0 };
	const result = {
		subscriptions: estate.subscriptions.length,
		scaleSets: median.scaleSets,
		latencyMs: estate.config.latencyMs,
		pageSize,
		longestChain: chain,
		lowerBoundMs,
		medianMs: Math.round(median.ms),
		runsMs: runs.map((entry) => Math.round(entry.ms)),
		ratioToLowerBound: lowerBoundMs > 0 ? Number((median.ms / lowerBoundMs).toFixed(2)) : undefined,
		requests: median.requests,
		requestBudget: expectedRequests,
	};
	console.log('Tree benchmark');
	console.log(`  estate:           ${result.subscriptions} subscriptions, ${result.scaleSets} scale sets shown`);
	console.log(`  latency:          ${result.latencyMs} ms per request, page size ${pageSize}`);
	console.log(`  lower bound:      ${lowerBoundMs} ms (${chain} requests in the longest chain)`);
	console.log(`  tree complete in: ${result.medianMs} ms median of ${runs.length} (${result.runsMs.join(', ')})`);
	console.log(`  ratio to bound:   ${result.ratioToLowerBound} (target ≤ 1.5)`);
	console.log(
		`  requests:         ${result.requests} (budget: directory, subscription and list pages = ${expectedRequests})`,
	);
	if (process.env['STANDBY_POOLS_BENCH_RESULTS']) {
		fs.writeFileSync(process.env['STANDBY_POOLS_BENCH_RESULTS'], JSON.stringify(result, undefined, 2));
	}
	if (median.scaleSets !== estate.scaleSets.length) {
		throw new Error(`The tree showed ${median.scaleSets} of ${estate.scaleSets.length} scale sets`);
	}
}
