import { ArmError, badRequest } from '../http/armError';
import type { ArmResponse } from '../http/armResponse';
import { pagedList } from '../http/paging';
import { param, type RequestContext } from '../http/requestContext';
import type { Router } from '../http/router';
import type { EmulatorState } from '../state/emulatorState';
import type { VmPoolRecord } from '../state/model';
import { parseResourceId } from '../state/resourceIds';
import { versionModel } from './apiVersions';
import { predictionFor } from './prediction';
import { instanceCountSummary } from './runtimeView';
import { vmPoolGroupPath, requireVmPool } from './vmPoolRoutes';
import { advanceVmPool, vmPoolHealth, vmPoolTarget } from './vmPoolLiving';

const poolPath = `${vmPoolGroupPath}/{poolName}`;
const runtimeViewPattern = /^[a-zA-Z0-9-]{0,24}$/;
const standbyVmPattern = /^[_a-zA-Z0-9-]{3,64}$/;

export function addVmPoolChildRoutes(router: Router): void {
	router.add('GET', `${poolPath}/runtimeViews`, listRuntimeViews);
	router.add('GET', `${poolPath}/runtimeViews/{runtimeView}`, getRuntimeView);
	router.add('GET', `${poolPath}/standbyVirtualMachines`, listStandbyVms);
	router.add('GET', `${poolPath}/standbyVirtualMachines/{vmName}`, getStandbyVm);
}

function listRuntimeViews(context: RequestContext): ArmResponse {
	const { version, pool } = requireVmPool(context);
	return pagedList(context, [runtimeViewBody(context.state, pool, version)]);
}

/** Only `latest` exists; other names that fit the pattern are not found. */
function getRuntimeView(context: RequestContext): ArmResponse {
	const { version, pool } = requireVmPool(context);
	const view = param(context, 'runtimeView');
	if (!runtimeViewPattern.test(view)) {
		throw badRequest(`The runtime view name '${view}' is invalid.`, 'runtimeView', 'InvalidResourceName');
	}
	if (view.toLowerCase() !== 'latest') {
		throw new ArmError(
			404,
			'ResourceNotFound',
			`The runtime view '${view}' of pool '${pool.name}' was not found. Use 'latest'.`,
		);
	}
	return { status: 200, body: runtimeViewBody(context.state, pool, version) };
}

export function runtimeViewBody(state: EmulatorState, pool: VmPoolRecord, version: string): Record<string, unknown> {
	advanceVmPool(state, pool);
	const target = vmPoolTarget(state, pool);
	const properties: Record<string, unknown> = {
		instanceCountSummary: instanceCountSummary(pool.simulation.vms, target.zones, version),
		provisioningState: pool.provisioningState,
	};
	if (versionModel(version).healthAndPrediction) {
		properties['status'] = vmPoolHealth(state, pool);
		const scale = pool.properties.elasticityProfile?.maxReadyCapacity ?? 0;
		const prediction = predictionFor(pool.id, pool.createdAt, state.now(), scale);
		if (prediction !== undefined) {
			properties['prediction'] = prediction;
		}
	}
	return {
		properties,
		id: `${pool.id}/runtimeViews/latest`,
		name: 'latest',
		type: 'Microsoft.StandbyPool/standbyVirtualMachinePools/runtimeViews',
		systemData: pool.systemData,
	};
}

function listStandbyVms(context: RequestContext): ArmResponse {
	const { pool } = requireVmPool(context);
	advanceVmPool(context.state, pool);
	return pagedList(context, pool.simulation.vms, (vm) => standbyVmBody(pool, vm.name));
}

function getStandbyVm(context: RequestContext): ArmResponse {
	const { pool } = requireVmPool(context);
	const name = param(context, 'vmName');
	if (!standbyVmPattern.test(name)) {
		throw badRequest(
			`The standby virtual machine name '${name}' is invalid.`,
			'standbyVirtualMachineName',
			'InvalidResourceName',
		);
	}
	advanceVmPool(context.state, pool);
	const vm = pool.simulation.vms.find((entry) => entry.name.toLowerCase() === name.toLowerCase());
	if (!vm) {
		throw new ArmError(404, 'ResourceNotFound', `The standby virtual machine '${name}' is not in pool '${pool.name}'.`);
	}
	return { status: 200, body: standbyVmBody(pool, vm.name) };
}

/** Pooled VMs live in the scale set's resource group, named like Flexible scale-set VMs. */
function standbyVmBody(pool: VmPoolRecord, vmName: string): Record<string, unknown> {
	const scaleSet = parseResourceId(pool.properties.attachedVirtualMachineScaleSetId ?? '');
	const subscriptionId = scaleSet?.subscriptionId ?? pool.subscriptionId;
	const resourceGroup = scaleSet?.resourceGroup ?? pool.resourceGroup;
	return {
		properties: {
			virtualMachineResourceId: `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.Compute/virtualMachines/${vmName}`,
			provisioningState: 'Succeeded',
		},
		id: `${pool.id}/standbyVirtualMachines/${vmName}`,
		name: vmName,
		type: 'Microsoft.StandbyPool/standbyVirtualMachinePools/standbyVirtualMachines',
		systemData: pool.systemData,
	};
}
