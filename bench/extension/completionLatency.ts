import * as vscode from 'vscode';
import { toScaleSetSummary, type RawScaleSet } from '../../src/core/azure/scaleSetMapping';
import type { ScaleSetSummary } from '../../src/core/azure/scaleSetModels';
import { noAzureChoices, toAzureChoices, type AzureChoices } from '../../src/features/bicep/azureChoices';
import { BackgroundCache } from '../../src/features/bicep/backgroundCache';
import { allSnippets, bicepSnippets } from '../../src/features/bicep/snippetCatalog';
import { SnippetTemplateStore } from '../../src/features/bicep/snippetTemplateStore';
import { StandbyPoolCompletionProvider } from '../../src/features/bicep/standbyPoolCompletionProvider';
import { EmulatorControl } from '../../test/integration/testEnvironment';
import { percentile } from './benchSupport';

export interface LatencyFigures {
	readonly samples: number;
	readonly items: number;
	readonly p50Ms: number;
	readonly p95Ms: number;
	readonly maxMs: number;
}

export interface CompletionFigures {
	/** Through `vscode.executeCompletionItemProvider`, as the editor asks: includes the round trip to the workbench. */
	readonly staticSnippets: LatencyFigures;
	readonly snippetsWithChoices: LatencyFigures;
	readonly scaleSetValues: LatencyFigures;
	/** The provider called directly in the extension host: the extension's own share of the time. */
	readonly providerStaticSnippets: LatencyFigures;
	readonly providerSnippetsWithChoices: LatencyFigures;
	/** The same request in a plain-text document, which no provider answers: the round trip alone. */
	readonly roundTripFloor: LatencyFigures;
}

const sampleCount = 200;
const snippetText = "targetScope = 'resourceGroup'\n\nres-standby";
const valueText = [
	"resource pool 'Microsoft.StandbyPool/standbyVirtualMachinePools@2026-04-01' = {",
	"  name: 'pool'",
	"  location: 'eastus'",
	'  properties: {',
	"    attachedVirtualMachineScaleSetId: '",
].join('\n');

type Ask = () => Promise<vscode.CompletionList | undefined>;

async function sample(ask: Ask): Promise<LatencyFigures> {
	const times: number[] = [];
	let items = 0;
	for (let index = 0; index < sampleCount; index++) {
		const started = performance.now();
		const list = await ask();
		times.push(performance.now() - started);
		items = list?.items.length ?? 0;
	}
	return {
		samples: times.length,
		items,
		p50Ms: percentile(times, 0.5),
		p95Ms: percentile(times, 0.95),
		maxMs: percentile(times, 1),
	};
}

/** Asks until the answer is complete (the background lookup of scale sets has finished) and fits. */
async function warmUp(ask: Ask, fits: (list: vscode.CompletionList) => boolean, what: string): Promise<void> {
	const deadline = Date.now() + 60_000;
	for (;;) {
		const list = await ask();
		if (list && !list.isIncomplete && fits(list)) {
			return;
		}
		if (Date.now() > deadline) {
			throw new Error(`Completion never offered ${what}: ${JSON.stringify(list?.items.map((item) => item.label))}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

async function openBicep(content: string): Promise<{ document: vscode.TextDocument; end: vscode.Position }> {
	const document = await vscode.workspace.openTextDocument({ language: 'bicep', content });
	return { document, end: document.positionAt(content.length) };
}

function throughEditor(document: vscode.TextDocument, position: vscode.Position): Ask {
	return async () =>
		vscode.commands.executeCommand<vscode.CompletionList>(
			'vscode.executeCompletionItemProvider',
			document.uri,
			position,
		);
}

const offersScaleSets = (list: vscode.CompletionList): boolean =>
	list.items.some((item) =>
		(item.insertText instanceof vscode.SnippetString ? item.insertText.value : '').includes('vmss-'),
	);

async function connectTo(url: string, caFile: string): Promise<void> {
	const configuration = vscode.workspace.getConfiguration('standbyPools');
	await configuration.update('emulator.url', url, vscode.ConfigurationTarget.Global);
	await configuration.update('emulator.caFile', caFile, vscode.ConfigurationTarget.Global);
}

async function providerFigures(
	extension: vscode.Extension<unknown>,
	choices: AzureChoices,
	document: vscode.TextDocument,
	end: vscode.Position,
): Promise<LatencyFigures> {
	const cache = new BackgroundCache<AzureChoices>(async () => choices, {
		ttlMs: 3_600_000,
		retryAfterFailureMs: 3_600_000,
	});
	const templates = new SnippetTemplateStore(extension.extensionUri, allSnippets);
	const provider = new StandbyPoolCompletionProvider('bicep', bicepSnippets, templates, cache);
	const ask: Ask = async () => provider.provideCompletionItems(document, end);
	await warmUp(ask, (list) => list.items.length > 0, 'snippets from the provider');
	return sample(ask);
}

/**
 * Completion latency in a `.bicep` document: first connected to an estate without scale sets (the static
 * snippets), then to the large estate (snippets whose placeholders offer scale sets, and scale-set values).
 */
export async function measureCompletion(extension: vscode.Extension<unknown>): Promise<CompletionFigures> {
	const large = {
		url: process.env['STANDBY_POOLS_TEST_EMULATOR_URL'] ?? '',
		caFile: process.env['STANDBY_POOLS_TEST_EMULATOR_CA'] ?? '',
	};
	const empty = {
		url: process.env['STANDBY_POOLS_BENCH_EMPTY_EMULATOR_URL'] ?? '',
		caFile: process.env['STANDBY_POOLS_BENCH_EMPTY_EMULATOR_CA'] ?? '',
	};
	const snippet = await openBicep(snippetText);
	const value = await openBicep(valueText);

	await connectTo(empty.url, empty.caFile);
	const staticAsk = throughEditor(snippet.document, snippet.end);
	await warmUp(staticAsk, (list) => list.items.length > 0 && !offersScaleSets(list), 'the static snippets');
	const staticSnippets = await sample(staticAsk);

	await connectTo(large.url, large.caFile);
	await warmUp(staticAsk, offersScaleSets, 'snippets with scale-set choices');
	const snippetsWithChoices = await sample(staticAsk);
	const valueAsk = throughEditor(value.document, value.end);
	await warmUp(valueAsk, (list) => list.items.length > 0, 'scale-set values');
	const scaleSetValues = await sample(valueAsk);

	const plain = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'res-standby' });
	const roundTripFloor = await sample(throughEditor(plain, plain.positionAt(11)));

	const estate = await new EmulatorControl().state<{ scaleSets: RawScaleSet[] }>();
	const summaries = estate.scaleSets
		.map(toScaleSetSummary)
		.filter((item): item is ScaleSetSummary => item !== undefined);
	return {
		staticSnippets,
		snippetsWithChoices,
		scaleSetValues,
		providerStaticSnippets: await providerFigures(extension, noAzureChoices, snippet.document, snippet.end),
		roundTripFloor,
		providerSnippetsWithChoices: await providerFigures(
			extension,
			toAzureChoices(summaries),
			snippet.document,
			snippet.end,
		),
	};
}
