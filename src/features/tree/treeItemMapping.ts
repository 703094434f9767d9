/**
 * Pure mapping from Azure resources to what the tree shows. No `vscode` import, so unit tests run in Node.
 */
import type { ScaleSetSummary } from '../../core/azure/scaleSetModels';
import { localize } from '../../core/localize';
import type {
	StandbyVirtualMachinePool,
	StandbyVirtualMachinePoolRuntimeView,
} from '../../core/azure/standbyPoolModels';

export interface NodeDisplay {
	readonly label: string;
	readonly description: string;
	readonly tooltip: string;
	readonly contextValue: string;
	/** A codicon id. */
	readonly icon: string;
	/** A theme colour id for the icon, when the state deserves one. */
	readonly iconColor?: string;
}

export function isFlexible(scaleSet: ScaleSetSummary): boolean {
	return (scaleSet.orchestrationMode ?? '').toLowerCase() === 'flexible';
}

function instances(count: number): string {
	return count === 1 ? localize('1 instance') : localize('{0} instances', count);
}

export function scaleSetDisplay(scaleSet: ScaleSetSummary, pool: StandbyVirtualMachinePool | undefined): NodeDisplay {
	const flexible = isFlexible(scaleSet);
	const mode = scaleSet.orchestrationMode ?? localize('Unknown orchestration');
	const parts = [
		scaleSet.resourceGroup,
		scaleSet.location,
		flexible ? mode : localize('{0} (not supported)', mode),
		instances(scaleSet.capacity),
	];
	if (scaleSet.zones.length > 0) {
		parts.push(localize('zones {0}', scaleSet.zones.join(',')));
	}
	const tokens = ['scaleSet', flexible ? 'flexible' : 'notFlexible', pool ? 'hasPool' : 'noPool'];
	const tooltip = [
		scaleSet.name,
		localize('Resource group: {0}', scaleSet.resourceGroup),
		localize('Region: {0}', scaleSet.location),
		flexible
			? localize('Orchestration: {0}', mode)
			: localize('Orchestration: {0} (standby pools need Flexible orchestration)', mode),
		localize('Instances: {0}', scaleSet.capacity),
		scaleSet.zones.length > 0 ? localize('Zones: {0}', scaleSet.zones.join(', ')) : localize('Zones: none (regional)'),
		scaleSet.hibernationEnabled ? localize('Hibernation: enabled') : localize('Hibernation: not enabled'),
	];
	if ((scaleSet.platformFaultDomainCount ?? 1) > 1) {
		tooltip.push(localize('Fault domains: {0}', scaleSet.platformFaultDomainCount ?? 1));
	}
	return {
		label: scaleSet.name,
		description: parts.join(' · '),
		tooltip: tooltip.join('\n'),
		contextValue: tokens.join(';'),
		icon: flexible ? 'server-environment' : 'circle-slash',
	};
}

const stateIcons: Record<string, { icon: string; color?: string }> = {
	running: { icon: 'play-circle', color: 'testing.iconPassed' },
	deallocated: { icon: 'debug-stop' },
	hibernated: { icon: 'debug-pause' },
	mix: { icon: 'layers' },
};

/** The number of VMs the service aims to keep in the pool: max ready capacity minus the scale set's instances. */
export function effectiveTarget(
	pool: StandbyVirtualMachinePool,
	scaleSet: ScaleSetSummary | undefined,
): number | undefined {
	const max = pool.properties.elasticityProfile?.maxReadyCapacity;
	if (max === undefined || scaleSet === undefined) {
		return undefined;
	}
	return max - scaleSet.capacity;
}

export function poolDisplay(pool: StandbyVirtualMachinePool, scaleSet: ScaleSetSummary | undefined): NodeDisplay {
	const state = String(pool.properties.virtualMachineState ?? localize('Unknown'));
	const elasticity = pool.properties.elasticityProfile;
	const min = elasticity?.minReadyCapacity ?? 0;
	const max = elasticity?.maxReadyCapacity;
	const provisioning = String(pool.properties.provisioningState ?? localize('Unknown'));
	const target = effectiveTarget(pool, scaleSet);
	const parts = [
		state,
		max === undefined ? localize('no capacity set') : localize('{0}–{1} ready', min, max),
		provisioning,
	];
	if (target !== undefined && target <= 0) {
		parts.push(localize('⚠ pool stays empty'));
	}
	const visual = stateIcons[state.toLowerCase()] ?? { icon: 'question' };
	const failed = provisioning.toLowerCase() === 'failed';
	const tooltip = [
		localize('Standby pool {0}', pool.name),
		localize('VM state: {0}', state),
		localize('Ready capacity: min {0}, max {1}', min, max ?? localize('not set')),
		target === undefined || max === undefined || scaleSet === undefined
			? localize('Target size: unknown (scale set not found)')
			: localize(
					"Target size: {0} VMs (max ready capacity {1} minus the scale set's {2} instances)",
					Math.max(target, 0),
					max,
					scaleSet.capacity,
				),
		localize('Provisioning state: {0}', provisioning),
		localize('Region: {0}', pool.location),
	];
	if (target !== undefined && target <= 0) {
		tooltip.push(localize('Warning: max ready capacity is not above the instance count, so the pool holds no VMs.'));
	}
	return {
		label: pool.name,
		description: parts.join(' · '),
		tooltip: tooltip.join('\n'),
		contextValue: ['pool', state.toLowerCase(), provisioning.toLowerCase()].join(';'),
		icon: failed ? 'error' : visual.icon,
		iconColor: failed ? 'errorForeground' : visual.color,
	};
}

export interface StatusLine {
	readonly label: string;
	readonly description: string;
	readonly icon: string;
	/** A health line that is not healthy: it points to the prerequisites check. */
	readonly degraded?: boolean;
}

/** One line per zone (or one for a regional pool) with the counts by state, then the health. */
export function runtimeViewLines(view: StandbyVirtualMachinePoolRuntimeView): StatusLine[] {
	const lines: StatusLine[] = [];
	for (const summary of view.properties.instanceCountSummary ?? []) {
		const counts = (summary.instanceCountsByState ?? [])
			.filter((entry) => entry.count > 0)
			.map((entry) => `${entry.count} ${entry.state}`);
		const total = (summary.instanceCountsByState ?? []).reduce((sum, entry) => sum + (entry.count || 0), 0);
		lines.push({
			label: summary.zone === undefined ? localize('All VMs') : localize('Zone {0}', summary.zone),
			description: counts.length > 0 ? localize('{0} VMs: {1}', total, counts.join(', ')) : localize('no VMs yet'),
			icon: 'vm',
		});
	}
	const forecast = forecastLine(view.properties.prediction);
	if (forecast) {
		lines.push(forecast);
	}
	const status = view.properties.status;
	if (status) {
		const healthy = status.code.toLowerCase().endsWith('/healthy');
		lines.push({
			label: healthy ? localize('Healthy') : localize('Health: {0}', status.code.replace(/^HealthState\//i, '')),
			description: status.message ?? '',
			icon: healthy ? 'pass' : 'warning',
			...(healthy ? {} : { degraded: true }),
		});
	}
	return lines;
}

/** Reads `forecastInfo`, a JSON document carried in a string; anything unreadable is ignored. */
function readForecastInfo(text: string | undefined): { accuracy?: number; intervalMinutes?: number } {
	if (!text) {
		return {};
	}
	try {
		const info = JSON.parse(text) as { forecastAccuracy?: unknown; seriesUnitIntervalInMins?: unknown };
		return {
			accuracy: typeof info.forecastAccuracy === 'number' ? info.forecastAccuracy : undefined,
			intervalMinutes: typeof info.seriesUnitIntervalInMins === 'number' ? info.seriesUnitIntervalInMins : undefined,
		};
	} catch {
		return {};
	}
}

/** "Forecast (85% accurate): 3, 4, 6 … VMs requested per hour from 14:00". */
export function forecastLine(
	prediction: StandbyVirtualMachinePoolRuntimeView['properties']['prediction'],
): StatusLine | undefined {
	const values = prediction?.forecastValues?.instancesRequestedCount;
	if (!prediction || !Array.isArray(values) || values.length === 0) {
		return undefined;
	}
	const { accuracy, intervalMinutes } = readForecastInfo(prediction.forecastInfo);
	const shown = values.slice(0, 6).join(', ') + (values.length > 6 ? ' …' : '');
	const per =
		intervalMinutes === undefined
			? ''
			: intervalMinutes === 60
				? localize(' per hour')
				: localize(' per {0} min', intervalMinutes);
	const start = prediction.forecastStartTime
		? localize(' from {0}', prediction.forecastStartTime.replace('T', ' ').replace(/:\d{2}(\.\d+)?Z?$/, ''))
		: '';
	return {
		label: accuracy === undefined ? localize('Forecast') : localize('Forecast ({0}% accurate)', accuracy),
		description: localize('{0} VMs requested{1}{2}', shown, per, start),
		icon: 'graph-line',
	};
}
