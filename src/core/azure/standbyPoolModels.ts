/**
 * Wire shapes of Microsoft.StandbyPool at the newest stable api-version (2026-04-01).
 * Enumerations are open sets: the service may add values, so they are typed as strings with known members.
 */

/** The newest stable api-version, which these shapes follow; the client may be set to send an older one. */
export { newestStandbyPoolApiVersion as standbyPoolApiVersion } from './apiVersions';

export type KnownVirtualMachineState = 'Running' | 'Deallocated' | 'Hibernated' | 'Mix';
export type VirtualMachineState = KnownVirtualMachineState | (string & {});
export const knownVirtualMachineStates: readonly KnownVirtualMachineState[] = [
	'Running',
	'Deallocated',
	'Hibernated',
	'Mix',
];

export type ProvisioningState = 'Succeeded' | 'Failed' | 'Canceled' | 'Deleting' | (string & {});

export interface DynamicSizing {
	enabled?: boolean;
}

export interface ElasticityProfile {
	maxReadyCapacity: number;
	minReadyCapacity?: number;
	postProvisioningDelay?: string;
	dynamicSizing?: DynamicSizing;
}

export interface VmStateDistribution {
	runningPercent?: number;
	deallocatedPercent?: number;
	hibernatedPercent?: number;
}

export interface StandbyVirtualMachinePoolProperties {
	elasticityProfile?: ElasticityProfile;
	virtualMachineState: VirtualMachineState;
	vmStateDistribution?: VmStateDistribution;
	attachedVirtualMachineScaleSetId?: string;
	readonly provisioningState?: ProvisioningState;
}

export interface StandbyVirtualMachinePool {
	readonly id: string;
	readonly name: string;
	readonly type?: string;
	location: string;
	tags?: Record<string, string>;
	properties: StandbyVirtualMachinePoolProperties;
	readonly systemData?: Record<string, unknown>;
}

/** The body of a PUT: what a user chooses when creating or replacing a pool. */
export interface StandbyVirtualMachinePoolCreate {
	location: string;
	tags?: Record<string, string>;
	properties: Omit<StandbyVirtualMachinePoolProperties, 'provisioningState'>;
}

/** The body of a PATCH: only what changed. */
export interface StandbyVirtualMachinePoolUpdate {
	tags?: Record<string, string>;
	properties?: Partial<Omit<StandbyVirtualMachinePoolProperties, 'provisioningState'>>;
}

export interface InstanceCountByState {
	state: string;
	count: number;
}

export interface InstanceCountSummary {
	zone?: number;
	instanceCountsByState: InstanceCountByState[];
}

export interface PoolStatus {
	code: string;
	message?: string;
}

export interface PoolPrediction {
	forecastValues?: { instancesRequestedCount?: number[] };
	forecastStartTime?: string;
	/** A JSON document carried as a string. */
	forecastInfo?: string;
}

export interface StandbyVirtualMachinePoolRuntimeView {
	readonly id?: string;
	readonly name?: string;
	properties: {
		instanceCountSummary: InstanceCountSummary[];
		status?: PoolStatus;
		prediction?: PoolPrediction;
		provisioningState?: ProvisioningState;
	};
}

export interface StandbyVirtualMachine {
	readonly id: string;
	readonly name: string;
	properties: { virtualMachineResourceId: string; provisioningState?: ProvisioningState };
}

/** A standby pool of Azure Container Instances container groups; the extension shows it read-only. */
export interface StandbyContainerGroupPool {
	readonly id: string;
	readonly name: string;
	location: string;
	tags?: Record<string, string>;
	properties: {
		elasticityProfile?: { maxReadyCapacity?: number; refillPolicy?: string };
		containerGroupProperties?: { containerGroupProfile?: { id?: string; revision?: number } };
		zones?: string[];
		readonly provisioningState?: ProvisioningState;
	};
}
