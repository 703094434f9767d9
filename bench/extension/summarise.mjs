// Prints the figures of scripts/bench-extension.sh next to their targets and writes them as one JSON file.
// Usage: node bench/extension/summarise.mjs <results dir> <repository root> <out.json>
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [resultsDir, root, out] = process.argv.slice(2);
const read = (prefix) =>
	fs
		.readdirSync(resultsDir)
		.filter((file) => file.startsWith(prefix))
		.map((file) => JSON.parse(fs.readFileSync(path.join(resultsDir, file), 'utf8')));
const size = (file) => fs.statSync(path.join(root, file)).size;
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const activations = read('activation-');
const [workload] = read('workload-');
const sizes = {
	vsix: size('dist/standby-pools.vsix'),
	extensionJs: size('dist/extension.js'),
	azureClientsJs: size('dist/azureClients.js'),
	emulatorJs: size('dist/emulator/main.js'),
};
const activationMs = activations.map((run) => run.activationMs);
const summary = {
	sizes,
	activation: {
		medianMs: median(activationMs),
		runsMs: activationMs,
		azureSdkLoaded: activations.some((run) => run.azureSdkLoaded),
		bundles: activations[0]?.bundles,
	},
	...workload,
};

const line = (label, value, target = '') => console.log(`  ${label.padEnd(34)} ${String(value).padEnd(26)} ${target}`);
const latency = (figures) => `p50 ${figures.p50Ms} ms, p95 ${figures.p95Ms} ms`;
console.log('Extension benchmark (packaged .vsix, production build)');
line('.vsix', kb(sizes.vsix));
line('dist/extension.js (activation)', kb(sizes.extensionJs), 'target < 1.5 MB');
line('dist/azureClients.js (first use)', kb(sizes.azureClientsJs));
line('dist/emulator/main.js', kb(sizes.emulatorJs));
line(
	'activation, median (fastest)',
	`${summary.activation.medianMs} ms (${Math.min(...activationMs)} ms)`,
	`target < 50 ms; runs ${activationMs.join(', ')}`,
);
line(
	'  of which loading the bundle',
	`${median(activations.map((run) => run.codeLoadingMs))} ms`,
	`load average ${activations.map((run) => run.loadAverage).join(', ')}`,
);
line('Azure SDK loaded at activation', summary.activation.azureSdkLoaded ? 'YES' : 'no');
if (workload) {
	const { memory, completion, estate } = workload;
	line('estate', `${estate.scaleSets} scale sets, ${estate.pools} pools`, `whole tree in ${workload.treeLoadMs} ms`);
	line(
		'host RSS: baseline → peak',
		`${memory.baselineRssMb} → ${memory.peakRssMb} MB`,
		`after activation ${memory.afterActivationRssMb} MB`,
	);
	line('host heap used: baseline → peak', `${memory.baselineHeapUsedMb} → ${memory.peakHeapUsedMb} MB`);
	line('completion, static snippets', latency(completion.staticSnippets), 'target p95 < 10 ms');
	line('completion, with scale-set choices', latency(completion.snippetsWithChoices));
	line('completion, scale-set values', latency(completion.scaleSetValues));
	if (completion.roundTripFloor) {
		line('round trip with no provider', latency(completion.roundTripFloor), 'the floor under the three above');
	}
	line('provider alone, static', latency(completion.providerStaticSnippets));
	line('provider alone, with choices', latency(completion.providerSnippetsWithChoices));
}
const load = os.loadavg()[0];
if (load > os.cpus().length) {
	console.log(
		`  note: load average ${load.toFixed(1)} on ${os.cpus().length} cores; the times above include waiting for a CPU`,
	);
}
fs.writeFileSync(out, JSON.stringify(summary, undefined, 2));
console.log(`  (written to ${path.relative(root, out)})`);
