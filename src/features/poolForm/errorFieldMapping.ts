import type { FieldId } from './validation';

/** The service's names for properties (the last segment of an error `target`), and the form field each belongs to. */
const fieldsByTarget: Record<string, FieldId> = {
	name: 'name',
	standbyvirtualmachinepoolname: 'name',
	virtualmachinestate: 'virtualMachineState',
	minreadycapacity: 'minReadyCapacity',
	maxreadycapacity: 'maxReadyCapacity',
	elasticityprofile: 'maxReadyCapacity',
	postprovisioningdelay: 'postProvisioningDelay',
	runningpercent: 'runningPercent',
	deallocatedpercent: 'deallocatedPercent',
	hibernatedpercent: 'hibernatedPercent',
	vmstatedistribution: 'vmStateDistribution',
	tags: 'tags',
	attachedvirtualmachinescalesetid: 'scaleSet',
	location: 'scaleSet',
};

/**
 * The form field an Azure error is about, from its `target` (`properties.elasticityProfile.minReadyCapacity`,
 * `$.properties.virtualMachineState`, `tags['a']`...) or, failing that, from its details' targets.
 */
export function fieldForError(
	target: string | undefined,
	details: readonly { target?: string }[] = [],
): FieldId | undefined {
	for (const candidate of [target, ...details.map((detail) => detail.target)]) {
		const field = candidate === undefined ? undefined : fieldForTarget(candidate);
		if (field) {
			return field;
		}
	}
	return undefined;
}

function fieldForTarget(target: string): FieldId | undefined {
	const segments = target
		.replace(/\[[^\]]*\]/g, '')
		.split(/[./]/)
		.map((segment) => segment.trim().toLowerCase())
		.filter((segment) => segment !== '' && segment !== '$');
	for (let index = segments.length - 1; index >= 0; index--) {
		const field = fieldsByTarget[segments[index] as string];
		if (field) {
			return field;
		}
	}
	return undefined;
}
