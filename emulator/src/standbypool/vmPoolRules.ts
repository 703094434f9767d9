import { ArmError, badRequest } from '../http/armError';
import type { EmulatorState } from '../state/emulatorState';
import type { VmPoolProperties } from '../state/model';
import { idKey, normalizeLocation, parseResourceId } from '../state/resourceIds';
import { scaleSetFacts } from '../state/scaleSetFacts';

export interface VmPoolCandidate {
	id: string;
	subscriptionId: string;
	location: string;
	properties: VmPoolProperties;
}

const scaleSetTarget = 'properties.attachedVirtualMachineScaleSetId';
const stateTarget = 'properties.virtualMachineState';

/**
 * The rules the Standby Pool service enforces beyond the schema, checked on the pool as it would be after a PUT or
 * PATCH. `previousState` is the state before the change, for the rule on switching states.
 */
export function checkVmPoolRules(state: EmulatorState, pool: VmPoolCandidate, previousState?: string): void {
	const properties = pool.properties;
	checkCapacities(properties);
	checkDistribution(properties);
	checkStateSwitch(previousState, properties.virtualMachineState);
	if (properties.attachedVirtualMachineScaleSetId !== undefined) {
		checkScaleSet(state, pool, properties.attachedVirtualMachineScaleSetId);
	}
}

function checkCapacities(properties: VmPoolProperties): void {
	const profile = properties.elasticityProfile;
	if (profile?.minReadyCapacity !== undefined && profile.minReadyCapacity > profile.maxReadyCapacity) {
		throw badRequest(
			`minReadyCapacity (${profile.minReadyCapacity}) cannot be greater than maxReadyCapacity (${profile.maxReadyCapacity}).`,
			'properties.elasticityProfile.minReadyCapacity',
		);
	}
}

function checkDistribution(properties: VmPoolProperties): void {
	if (properties.virtualMachineState !== 'Mix') {
		return;
	}
	const split = properties.vmStateDistribution;
	if (split === undefined) {
		throw badRequest("The state 'Mix' needs a vmStateDistribution.", 'properties.vmStateDistribution');
	}
	const total = (split.runningPercent ?? 0) + (split.deallocatedPercent ?? 0) + (split.hibernatedPercent ?? 0);
	if (total !== 100) {
		throw badRequest(
			`The percentages in vmStateDistribution must add up to 100; they add up to ${total}.`,
			'properties.vmStateDistribution',
		);
	}
}

function checkStateSwitch(previous: string | undefined, next: string): void {
	const pair = new Set([previous, next]);
	if (previous !== next && pair.has('Deallocated') && pair.has('Hibernated')) {
		throw badRequest(
			`A pool cannot switch directly from '${previous ?? ''}' to '${next}'. Change it to 'Running' first.`,
			stateTarget,
		);
	}
}

function checkScaleSet(state: EmulatorState, pool: VmPoolCandidate, scaleSetId: string): void {
	const parsed = parseResourceId(scaleSetId);
	if (!parsed || `${parsed.namespace}/${parsed.type}`.toLowerCase() !== 'microsoft.compute/virtualmachinescalesets') {
		throw new ArmError(
			400,
			'LinkedInvalidPropertyId',
			`Property id '${scaleSetId}' at path '${scaleSetTarget}' is invalid. Expect the fully qualified id of a Microsoft.Compute/virtualMachineScaleSets resource.`,
			scaleSetTarget,
		);
	}
	if (parsed.subscriptionId.toLowerCase() !== pool.subscriptionId.toLowerCase()) {
		throw badRequest('The scale set must be in the same subscription as the standby pool.', scaleSetTarget);
	}
	const scaleSet = state.scaleSet(scaleSetId);
	if (!scaleSet) {
		throw badRequest(`The virtual machine scale set '${scaleSetId}' was not found.`, scaleSetTarget);
	}
	const facts = scaleSetFacts(scaleSet);
	if (facts.orchestrationMode?.toLowerCase() !== 'flexible') {
		throw badRequest(
			`Standby pools support only scale sets with Flexible orchestration; '${scaleSet.name}' uses ${facts.orchestrationMode ?? 'Uniform'}.`,
			scaleSetTarget,
		);
	}
	if ((facts.platformFaultDomainCount ?? 1) > 1) {
		throw badRequest(
			`Standby pools support only scale sets with one platform fault domain; '${scaleSet.name}' has ${facts.platformFaultDomainCount ?? 1}.`,
			scaleSetTarget,
		);
	}
	if (normalizeLocation(facts.location) !== normalizeLocation(pool.location)) {
		throw badRequest(
			`The standby pool must be in the scale set's region '${facts.location}', not '${pool.location}'.`,
			'location',
		);
	}
	if (facts.spot && facts.evictionPolicy?.toLowerCase() !== 'delete') {
		throw badRequest(
			`Spot scale sets need the eviction policy 'Delete' for a standby pool; '${scaleSet.name}' uses '${facts.evictionPolicy ?? 'Deallocate'}'.`,
			scaleSetTarget,
		);
	}
	const other = state.poolAttachedTo(scaleSetId);
	if (other && idKey(other.id) !== idKey(pool.id)) {
		throw new ArmError(
			409,
			'Conflict',
			`The scale set '${scaleSet.name}' already has the standby pool '${other.id}'. A scale set can have only one.`,
			scaleSetTarget,
		);
	}
	checkStateAgainstScaleSet(pool.properties, facts, scaleSet.name);
}

// TODO: autoscale settings are not modelled, so the rule that autoscale needs Deallocated or Hibernated VMs is
// not checked.
function checkStateAgainstScaleSet(
	properties: VmPoolProperties,
	facts: ReturnType<typeof scaleSetFacts>,
	name: string,
): void {
	const split = properties.vmStateDistribution ?? {};
	const mix = properties.virtualMachineState === 'Mix';
	const wantsHibernated =
		properties.virtualMachineState === 'Hibernated' || (mix && (split.hibernatedPercent ?? 0) > 0);
	const wantsDeallocated =
		properties.virtualMachineState === 'Deallocated' || (mix && (split.deallocatedPercent ?? 0) > 0);
	if (wantsHibernated && !facts.hibernationEnabled) {
		throw badRequest(
			`Hibernated standby VMs need hibernation enabled on the scale set '${name}' (additionalCapabilities.hibernationEnabled).`,
			stateTarget,
		);
	}
	if (wantsHibernated && facts.spot) {
		throw badRequest(`Spot scale sets such as '${name}' cannot keep standby VMs hibernated.`, stateTarget);
	}
	if (wantsDeallocated && facts.ephemeralOsDisk) {
		throw badRequest(
			`The scale set '${name}' uses ephemeral OS disks, which cannot be deallocated. Use 'Running' instead.`,
			stateTarget,
		);
	}
}
