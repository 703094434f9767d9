import { vmPoolType } from '../state/loadSeed';
import type { VmPoolProperties, VmPoolRecord } from '../state/model';
import { versionModel } from './apiVersions';

/** The pool as the given api-version shows it: fields newer than that version are left out. */
export function toVmPoolBody(pool: VmPoolRecord, version: string): Record<string, unknown> {
	return {
		properties: { ...propertiesForVersion(pool.properties, version), provisioningState: pool.provisioningState },
		tags: pool.tags ?? {},
		location: pool.location,
		id: pool.id,
		name: pool.name,
		type: vmPoolType,
		systemData: pool.systemData,
	};
}

function propertiesForVersion(properties: VmPoolProperties, version: string): Partial<VmPoolProperties> {
	const model = versionModel(version);
	const result: Partial<VmPoolProperties> = {};
	const profile = properties.elasticityProfile;
	if (profile !== undefined) {
		const shown = structuredClone(profile);
		if (!model.sizingOptions) {
			delete shown.postProvisioningDelay;
			delete shown.dynamicSizing;
		}
		result.elasticityProfile = shown;
	}
	result.virtualMachineState = properties.virtualMachineState;
	if (model.stateDistribution && properties.vmStateDistribution !== undefined) {
		result.vmStateDistribution = { ...properties.vmStateDistribution };
	}
	if (properties.attachedVirtualMachineScaleSetId !== undefined) {
		result.attachedVirtualMachineScaleSetId = properties.attachedVirtualMachineScaleSetId;
	}
	return result;
}
