import type { PoolRequest } from '../poolRequests';
import type { StandbyVirtualMachinePoolCreate, VmStateDistribution } from '../../../core/azure/standbyPoolModels';

/** The settings a command-line tool must pass: all of them to create, only the changed ones to update. */
export interface PoolSettings {
	scaleSetId?: string;
	state?: string;
	maxReadyCapacity?: number;
	minReadyCapacity?: number;
	postProvisioningDelay?: string;
	dynamicSizingEnabled?: boolean;
	distribution?: VmStateDistribution;
	tags?: Record<string, string>;
}

function read(resource: StandbyVirtualMachinePoolCreate): PoolSettings {
	const properties = resource.properties;
	const elasticity = properties.elasticityProfile;
	return {
		scaleSetId: properties.attachedVirtualMachineScaleSetId,
		state: properties.virtualMachineState,
		maxReadyCapacity: elasticity?.maxReadyCapacity,
		minReadyCapacity: elasticity?.minReadyCapacity,
		postProvisioningDelay: elasticity?.postProvisioningDelay,
		dynamicSizingEnabled: elasticity?.dynamicSizing?.enabled || undefined,
		distribution: properties.virtualMachineState === 'Mix' ? properties.vmStateDistribution : undefined,
		tags: resource.tags && Object.keys(resource.tags).length > 0 ? resource.tags : undefined,
	};
}

export function settingsToSend(request: PoolRequest): PoolSettings {
	const after = read(request.resource);
	if (!request.before) {
		return after;
	}
	const before = read(request.before);
	const changed: PoolSettings = {};
	for (const key of Object.keys({ ...before, ...after }) as (keyof PoolSettings)[]) {
		if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
			Object.assign(changed, { [key]: after[key] ?? emptyValueOf(key) });
		}
	}
	return changed;
}

/** What "removed" means when updating: no tags, dynamic sizing off. */
function emptyValueOf(key: keyof PoolSettings): unknown {
	if (key === 'tags') {
		return {};
	}
	return key === 'dynamicSizingEnabled' ? false : undefined;
}
