/**
 * The shapes the pool form works with, shared by the extension host and the webview.
 * Nothing here imports `vscode` or touches the DOM.
 */

export type FormMode = 'create' | 'edit';

export interface TagEntry {
	key: string;
	value: string;
}

/**
 * What the user typed, kept as text so that nothing is lost to parsing:
 * a half-typed number survives hiding, reloading and a failed submission.
 */
export interface PoolFormValues {
	name: string;
	virtualMachineState: string;
	minReadyCapacity: string;
	maxReadyCapacity: string;
	/** An ISO 8601 duration such as `PT5M`, or empty for "not set". */
	postProvisioningDelay: string;
	dynamicSizingEnabled: boolean;
	runningPercent: string;
	deallocatedPercent: string;
	hibernatedPercent: string;
	tags: TagEntry[];
}

/** What the form must know about the scale set the pool serves. */
export interface ScaleSetFacts {
	id: string;
	name: string;
	subscriptionId: string;
	resourceGroup: string;
	location: string;
	orchestrationMode: string | undefined;
	capacity: number;
	hibernationEnabled: boolean;
	ephemeralOsDisk: boolean;
	platformFaultDomainCount: number | undefined;
	/** The name of a pool already attached to the scale set, other than the one being edited. */
	otherPoolName: string | undefined;
}

/** Which pool or scale set a form is about: enough to find everything again after a reload. */
export type FormTarget = { mode: 'create'; scaleSetId: string } | { mode: 'edit'; poolId: string };

/** Everything the form needs besides the values: sent by the host in the `init` message. */
export interface PoolFormContext {
	target: FormTarget;
	/** The api-version requests are sent with; decides which fields exist. */
	apiVersion: string;
	/** Where the pool lives (or will live). */
	subscriptionId: string;
	resourceGroup: string;
	location: string;
	/** The attached scale set's id, even when its details could not be read. */
	scaleSetId: string | undefined;
	scaleSet: ScaleSetFacts | undefined;
	/** Edit mode: the values the pool had when the form opened, to tell what changed. */
	originalValues: PoolFormValues | undefined;
	/** Edit mode: the pool as the service returned it, so that a PATCH keeps what this client does not know. */
	originalPool: unknown;
	/** `Azure` or `Local emulator`, for display. */
	connectionLabel: string;
}

export const tagLimits = { maxCount: 50, maxKeyLength: 512, maxValueLength: 256 } as const;

/** Percent fields of the Mix state, in display order. */
export const percentFields = ['runningPercent', 'deallocatedPercent', 'hibernatedPercent'] as const;
export type PercentField = (typeof percentFields)[number];

export function emptyValues(): PoolFormValues {
	return {
		name: '',
		virtualMachineState: 'Running',
		minReadyCapacity: '',
		maxReadyCapacity: '',
		postProvisioningDelay: '',
		dynamicSizingEnabled: false,
		runningPercent: '',
		deallocatedPercent: '',
		hibernatedPercent: '',
		tags: [],
	};
}

/** True when two sets of values would produce the same request. */
export function sameValues(left: PoolFormValues, right: PoolFormValues): boolean {
	return JSON.stringify(normalizedForComparison(left)) === JSON.stringify(normalizedForComparison(right));
}

function normalizedForComparison(values: PoolFormValues): PoolFormValues {
	return {
		...values,
		minReadyCapacity: values.minReadyCapacity.trim(),
		maxReadyCapacity: values.maxReadyCapacity.trim(),
		postProvisioningDelay: values.postProvisioningDelay.trim(),
		runningPercent: values.runningPercent.trim(),
		deallocatedPercent: values.deallocatedPercent.trim(),
		hibernatedPercent: values.hibernatedPercent.trim(),
		tags: values.tags.filter((tag) => tag.key !== '' || tag.value !== ''),
	};
}
