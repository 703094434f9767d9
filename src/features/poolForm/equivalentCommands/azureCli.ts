import { localize } from '../localize';
import type { PoolRequest } from '../poolRequests';
import { managementEndpoint } from './model';
import { settingsToSend, type PoolSettings } from './poolSettings';
import { bashWord } from './quoting';
import { restCall } from './rest';

const cliStates = new Set(['Running', 'Deallocated', 'Hibernated']);

/**
 * `az standby-vm-pool create|update` when its flags can say everything; otherwise `az rest` with the
 * exact request, because the standbypool CLI extension has no flags for Mix, the delay or dynamic sizing.
 */
export function azureCli(request: PoolRequest): string {
	const settings = settingsToSend(request);
	if (!canExpress(settings)) {
		return azRest(request);
	}
	const words: string[][] = [
		[`az standby-vm-pool ${request.mode === 'edit' ? 'update' : 'create'}`],
		['--subscription', bashWord(request.subscriptionId)],
		['--resource-group', bashWord(request.resourceGroup)],
		['--name', bashWord(request.name)],
	];
	if (request.mode === 'create') {
		words.push(['--location', bashWord(request.resource.location)]);
	}
	addOption(words, '--vmss-id', settings.scaleSetId);
	addOption(words, '--vm-state', settings.state);
	addOption(words, '--max-ready-capacity', settings.maxReadyCapacity);
	addOption(words, '--min-ready-capacity', settings.minReadyCapacity);
	if (settings.tags) {
		words.push(['--tags', ...Object.entries(settings.tags).map(([key, value]) => bashWord(`${key}=${value}`))]);
	}
	return `${words.map((line) => line.join(' ')).join(' \\\n  ')}\n`;
}

function addOption(words: string[][], flag: string, value: string | number | undefined): void {
	if (value !== undefined) {
		words.push([flag, bashWord(String(value))]);
	}
}

function canExpress(settings: PoolSettings): boolean {
	const tagsExpressible =
		settings.tags === undefined ||
		(Object.keys(settings.tags).length > 0 && Object.keys(settings.tags).every((key) => !key.includes('=')));
	return (
		tagsExpressible &&
		settings.postProvisioningDelay === undefined &&
		settings.dynamicSizingEnabled === undefined &&
		settings.distribution === undefined &&
		(settings.state === undefined || cliStates.has(settings.state))
	);
}

function azRest(request: PoolRequest): string {
	const call = restCall(request);
	const lines = [
		`az rest --method ${call.method.toLowerCase()}`,
		`--url ${bashWord(managementEndpoint + call.path)}`,
		`--body ${bashWord(JSON.stringify(call.body, undefined, 2))}`,
	];
	const note = localize(
		'The az standby-vm-pool flags cannot express every setting here, so this sends the request itself.',
	);
	return `# ${note}\n${lines.join(' \\\n  ')}\n`;
}
