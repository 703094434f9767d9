import { localize } from '../localize';
import type { PoolRequest } from '../poolRequests';
import { settingsToSend } from './poolSettings';
import { powerShellString } from './quoting';
import { restCall } from './rest';

/**
 * `New-AzStandbyVMPool` / `Update-AzStandbyVMPool` when their parameters can say everything; otherwise
 * `Invoke-AzRestMethod` with the exact request, because Az.StandbyPool has no parameters for Mix.
 */
export function powerShell(request: PoolRequest): string {
	const settings = settingsToSend(request);
	if (settings.distribution !== undefined || settings.state === 'Mix') {
		return invokeRest(request);
	}
	const lines: string[] = [
		request.mode === 'edit' ? 'Update-AzStandbyVMPool' : 'New-AzStandbyVMPool',
		`-SubscriptionId ${powerShellString(request.subscriptionId)}`,
		`-ResourceGroupName ${powerShellString(request.resourceGroup)}`,
		`-Name ${powerShellString(request.name)}`,
	];
	if (request.mode === 'create') {
		lines.push(`-Location ${powerShellString(request.resource.location)}`);
	}
	const add = (parameter: string, value: string | number | undefined): void => {
		if (value !== undefined) {
			lines.push(`-${parameter} ${typeof value === 'number' ? value : powerShellString(value)}`);
		}
	};
	add('VMSSId', settings.scaleSetId);
	add('VMState', settings.state);
	add('MaxReadyCapacity', settings.maxReadyCapacity);
	add('MinReadyCapacity', settings.minReadyCapacity);
	add('PostProvisioningDelay', settings.postProvisioningDelay);
	if (settings.dynamicSizingEnabled !== undefined) {
		lines.push(settings.dynamicSizingEnabled ? '-DynamicSizingEnabled' : '-DynamicSizingEnabled:$false');
	}
	if (settings.tags) {
		lines.push(`-Tag ${hashtable(settings.tags)}`);
	}
	return `${lines.join(' `\n  ')}\n`;
}

function hashtable(tags: Record<string, string>): string {
	const entries = Object.entries(tags).map(([key, value]) => `${powerShellString(key)} = ${powerShellString(value)}`);
	return entries.length === 0 ? '@{}' : `@{ ${entries.join('; ')} }`;
}

function invokeRest(request: PoolRequest): string {
	const call = restCall(request);
	const note = localize('Az.StandbyPool has no parameters for the Mix state, so this sends the request itself.');
	const lines = [
		'Invoke-AzRestMethod',
		`-Method ${call.method}`,
		`-Path ${powerShellString(call.path)}`,
		`-Payload ${powerShellString(JSON.stringify(call.body, undefined, 2))}`,
	];
	return `# ${note}\n${lines.join(' `\n  ')}\n`;
}
