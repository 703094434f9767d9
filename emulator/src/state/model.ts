import type { ArmErrorDetail } from '../http/armError';

/** Registration states Microsoft.Resources reports for a resource provider in a subscription. */
export type RegistrationState = 'NotRegistered' | 'Registering' | 'Registered' | 'Unregistering';

export interface ResourceGroupRecord {
	name: string;
	location: string;
	tags?: Record<string, string>;
}

export interface SubscriptionRecord {
	subscriptionId: string;
	displayName: string;
	tenantId: string;
	state: string;
	tags?: Record<string, string>;
	resourceGroups: ResourceGroupRecord[];
	/** Namespace (any case) to registration state; a namespace not listed counts as registered. */
	providers: Record<string, RegistrationState>;
	/** False when the signed-in caller may not create role assignments here (403 `AuthorizationFailed`). */
	callerCanAssignRoles: boolean;
	/** When a registration started, so it can finish after the operation delay. */
	registeringSince?: Record<string, number>;
}

export interface TenantRecord {
	tenantId: string;
	displayName: string;
	defaultDomain: string;
}

/** A scale set is kept as the ARM body Compute returns, so seeds can carry any field Compute has. */
export interface ScaleSetRecord {
	id: string;
	subscriptionId: string;
	resourceGroup: string;
	name: string;
	body: Record<string, unknown>;
}

export interface SystemData {
	createdBy: string;
	createdByType: string;
	createdAt: string;
	lastModifiedBy: string;
	lastModifiedByType: string;
	lastModifiedAt: string;
}

/** Lifecycle states of one pooled VM, as the runtime view counts them. */
export type PooledVmState =
	'Creating' | 'Starting' | 'Running' | 'Deallocating' | 'Deallocated' | 'Hibernating' | 'Hibernated' | 'Deleting';

export interface PooledVm {
	name: string;
	zone?: number;
	state: PooledVmState;
	/** Emulated time the VM entered its state. */
	since: number;
}

/** The pool's VMs, advanced lazily in fixed ticks of emulated time. */
export interface PoolSimulation {
	vms: PooledVm[];
	lastTick: number;
	nextVmNumber: number;
}

export interface VmPoolProperties {
	elasticityProfile?: {
		maxReadyCapacity: number;
		minReadyCapacity?: number;
		postProvisioningDelay?: string;
		dynamicSizing?: { enabled?: boolean };
	};
	virtualMachineState: string;
	vmStateDistribution?: { runningPercent?: number; deallocatedPercent?: number; hibernatedPercent?: number };
	attachedVirtualMachineScaleSetId?: string;
}

export interface VmPoolRecord {
	id: string;
	subscriptionId: string;
	resourceGroup: string;
	name: string;
	location: string;
	tags?: Record<string, string>;
	properties: VmPoolProperties;
	provisioningState: string;
	systemData: SystemData;
	/** Emulated time the pool was created, for the prediction that needs history. */
	createdAt: number;
	simulation: PoolSimulation;
}

export interface ContainerPoolProperties {
	elasticityProfile: { maxReadyCapacity: number; refillPolicy?: string; dynamicSizing?: { enabled?: boolean } };
	containerGroupProperties: {
		containerGroupProfile: { id: string; revision?: number };
		subnetIds?: { id: string }[];
	};
	zones?: string[];
}

export interface ContainerPoolRecord {
	id: string;
	subscriptionId: string;
	resourceGroup: string;
	name: string;
	location: string;
	tags?: Record<string, string>;
	properties: ContainerPoolProperties;
	provisioningState: string;
	systemData: SystemData;
	createdAt: number;
	simulation: PoolSimulation;
}

export type OperationKind = 'create' | 'replace' | 'delete';
export type OperationStatus = 'InProgress' | 'Succeeded' | 'Failed' | 'Canceled';

/** An asynchronous ARM operation, finished lazily once emulated time passes `doneAt`. */
export interface OperationRecord {
	id: string;
	kind: OperationKind;
	resourceId: string;
	subscriptionId: string;
	location: string;
	status: OperationStatus;
	startTime: number;
	doneAt: number;
	endTime?: number;
	/** Set by an injected fault: how the operation ends instead of succeeding. */
	outcome?: { status: 'Failed' | 'Canceled'; error: ArmErrorDetail };
	error?: ArmErrorDetail;
}

export interface RoleAssignmentRecord {
	id: string;
	name: string;
	scope: string;
	principalId: string;
	principalType: string;
	roleDefinitionId: string;
	createdAt: string;
}

export interface RequestLogEntry {
	time: string;
	method: string;
	path: string;
	apiVersion?: string;
	status: number;
	fault?: string;
}
