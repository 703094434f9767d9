import { featuresFor, featureSince, type ApiFeatures } from './apiFeatures';
import { describeDuration, parseDuration } from './duration';
import { localize } from './localize';
import { instanceCount, parseWholeNumber, vmCount, type NumberCheck } from './numberRules';
import { percentFields, type PoolFormContext, type PoolFormValues } from './poolFormModel';
import { scaleSetProblem } from './scaleSetRules';
import { tagProblem } from './tagRules';

/**
 * The pool form's rules, in one pure function that the webview runs on every keystroke
 * and the host runs again on every submission.
 */

export type FieldId =
	| 'name'
	| 'virtualMachineState'
	| 'minReadyCapacity'
	| 'maxReadyCapacity'
	| 'postProvisioningDelay'
	| 'runningPercent'
	| 'deallocatedPercent'
	| 'hibernatedPercent'
	| 'vmStateDistribution'
	| 'tags'
	| 'scaleSet';

export const fieldIds: readonly FieldId[] = [
	'name',
	'virtualMachineState',
	'minReadyCapacity',
	'maxReadyCapacity',
	'postProvisioningDelay',
	'runningPercent',
	'deallocatedPercent',
	'hibernatedPercent',
	'vmStateDistribution',
	'tags',
	'scaleSet',
];

export type FieldMessages = Partial<Record<FieldId, string>>;

export interface CapacitySummary {
	readonly text: string;
	/** True when the pool would stay empty. */
	readonly warning: boolean;
}

export interface ValidationResult {
	readonly valid: boolean;
	readonly errors: FieldMessages;
	/** Helpful, non-blocking notes, such as what a duration means. */
	readonly hints: FieldMessages;
	readonly capacity: CapacitySummary | undefined;
}

export const namePattern = /^[a-zA-Z0-9-]{3,24}$/;
export const knownStates = ['Running', 'Deallocated', 'Hibernated', 'Mix'] as const;

export function validatePoolForm(values: PoolFormValues, context: PoolFormContext): ValidationResult {
	const features = featuresFor(context.apiVersion);
	const errors: FieldMessages = {};
	const hints: FieldMessages = {};

	errors.name = nameProblem(values.name);
	errors.scaleSet = scaleSetProblem(context);
	const capacity = checkCapacity(values, context, features, errors);
	errors.virtualMachineState = stateProblem(values, context, features);
	if (values.virtualMachineState === 'Mix' && features.mix) {
		checkDistribution(values, context, errors);
	}
	if (features.postProvisioningDelay) {
		const delay = delayCheck(values, context);
		errors.postProvisioningDelay = delay.error;
		hints.postProvisioningDelay = delay.hint;
	}
	errors.tags = tagProblem(values.tags);

	const definedErrors = Object.fromEntries(Object.entries(errors).filter(([, message]) => message !== undefined));
	return { valid: Object.keys(definedErrors).length === 0, errors: definedErrors, hints, capacity };
}

export function nameProblem(name: string): string | undefined {
	if (namePattern.test(name)) {
		return undefined;
	}
	if (name === '') {
		return localize('Enter a name for the pool.');
	}
	const invalid = [...name].find((character) => !/[a-zA-Z0-9-]/.test(character));
	if (invalid !== undefined) {
		return /\s/.test(invalid)
			? localize('Use letters, digits and hyphens only; spaces are not allowed.')
			: localize('Use letters (a-z, A-Z), digits and hyphens only; "{0}" is not allowed.', invalid);
	}
	return localize('Use 3 to 24 characters; this name has {0}.', [...name].length);
}

function checkCapacity(
	values: PoolFormValues,
	context: PoolFormContext,
	features: ApiFeatures,
	errors: FieldMessages,
): CapacitySummary | undefined {
	const max = capacityNumber(values.maxReadyCapacity, features, context.apiVersion);
	const min = capacityNumber(values.minReadyCapacity, features, context.apiVersion);
	errors.maxReadyCapacity = max.error;
	errors.minReadyCapacity = minimumIsOptional(values, context) ? undefined : min.error;
	if (min.value !== undefined && max.value !== undefined && min.value > max.value) {
		errors.minReadyCapacity = localize(
			'The minimum ({0}) cannot be more than the maximum ready capacity ({1}).',
			min.value,
			max.value,
		);
	}
	if (max.value === undefined || !context.scaleSet) {
		return undefined;
	}
	const instances = context.scaleSet.capacity;
	const room = Math.max(0, max.value - instances);
	const text = localize(
		"The pool will hold up to {0} (max ready capacity {1} minus the scale set's {2}).",
		vmCount(room),
		max.value,
		instanceCount(instances),
	);
	if (room > 0) {
		return { text, warning: false };
	}
	const advice = localize('It stays empty: set max ready capacity above {0}.', instances);
	return { text: `${text} ${advice}`, warning: true };
}

/** An empty minimum means "not set", which is allowed unless the pool being edited already has one. */
function minimumIsOptional(values: PoolFormValues, context: PoolFormContext): boolean {
	return values.minReadyCapacity.trim() === '' && !context.originalValues?.minReadyCapacity;
}

function capacityNumber(text: string, features: ApiFeatures, apiVersion: string): NumberCheck {
	const result = parseWholeNumber(text);
	const limit = features.maxReadyCapacityLimit;
	if (result.value !== undefined && limit !== undefined && result.value > limit) {
		return { error: localize('Use at most {0}: api-version {1} allows no more.', limit, apiVersion) };
	}
	return result;
}

function stateProblem(values: PoolFormValues, context: PoolFormContext, features: ApiFeatures): string | undefined {
	const state = values.virtualMachineState;
	const original = context.originalValues?.virtualMachineState;
	const scaleSet = context.scaleSet;
	if (state === '') {
		return localize('Choose a VM state.');
	}
	if (!(knownStates as readonly string[]).includes(state)) {
		return state === original ? undefined : localize('Choose Running, Deallocated, Hibernated or Mix.');
	}
	if (state === 'Hibernated' && !features.hibernated) {
		return needsVersion(state, featureSince.hibernated, context.apiVersion);
	}
	if (state === 'Mix' && !features.mix) {
		return needsVersion(state, featureSince.mix, context.apiVersion);
	}
	if (state === 'Hibernated' && scaleSet && !scaleSet.hibernationEnabled) {
		return localize(
			'Hibernated needs a scale set with hibernation enabled, and {0} does not have it. Enable hibernation on the scale set, or choose Running or Deallocated.',
			scaleSet.name,
		);
	}
	if (state === 'Deallocated' && scaleSet?.ephemeralOsDisk) {
		return localize(
			'{0} uses ephemeral OS disks, which cannot be deallocated. Choose Running or Hibernated.',
			scaleSet.name,
		);
	}
	if (original !== undefined && isDirectSwitch(original, state)) {
		return localize(
			'A pool cannot switch directly between Deallocated and Hibernated. Change it to Running first, save, wait until the pool has settled, then change it to {0}.',
			state,
		);
	}
	return undefined;
}

function isDirectSwitch(from: string, to: string): boolean {
	return (from === 'Deallocated' && to === 'Hibernated') || (from === 'Hibernated' && to === 'Deallocated');
}

function needsVersion(state: string, since: string, apiVersion: string): string {
	return localize('{0} needs api-version {1} or later; this connection uses {2}.', state, since, apiVersion);
}

function checkDistribution(values: PoolFormValues, context: PoolFormContext, errors: FieldMessages): void {
	let sum = 0;
	let complete = true;
	for (const field of percentFields) {
		const percent = parseWholeNumber(values[field], 100);
		errors[field] = percent.error;
		complete &&= percent.value !== undefined;
		sum += percent.value ?? 0;
	}
	if (complete && sum !== 100) {
		errors.vmStateDistribution = localize('The percentages add up to {0}; they must add up to 100.', sum);
	}
	const scaleSet = context.scaleSet;
	if (scaleSet && !scaleSet.hibernationEnabled && Number(values.hibernatedPercent) > 0) {
		errors.hibernatedPercent ??= localize(
			'{0} does not have hibernation enabled, so no VMs can be hibernated. Use 0.',
			scaleSet.name,
		);
	}
	if (scaleSet?.ephemeralOsDisk && Number(values.deallocatedPercent) > 0) {
		errors.deallocatedPercent ??= localize(
			'{0} uses ephemeral OS disks, which cannot be deallocated. Use 0.',
			scaleSet.name,
		);
	}
}

function delayCheck(values: PoolFormValues, context: PoolFormContext): { error?: string; hint?: string } {
	const text = values.postProvisioningDelay.trim();
	if (text === '') {
		return context.originalValues?.postProvisioningDelay
			? { error: localize('A delay cannot be removed once set; use 0 seconds for no delay.') }
			: {};
	}
	const parsed = parseDuration(text);
	if (!parsed) {
		return { error: localize('Use an ISO 8601 duration such as PT30S (30 seconds) or PT5M (5 minutes).') };
	}
	return parsed.seconds === undefined ? {} : { hint: describeDuration(parsed.seconds) };
}
