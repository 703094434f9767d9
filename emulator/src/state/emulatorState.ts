import { Clock } from './clock';
import { defaultConfig, type EmulatorConfig } from './emulatorConfig';
import type {
	ContainerPoolRecord,
	OperationRecord,
	RequestLogEntry,
	RoleAssignmentRecord,
	ScaleSetRecord,
	SubscriptionRecord,
	TenantRecord,
	VmPoolRecord,
} from './model';
import { idKey } from './resourceIds';

const requestLogLimit = 2000;

/**
 * Everything the emulator knows, in memory. Maps are keyed by lower-cased ARM id because ARM treats ids
 * case-insensitively; records keep the casing they were created with.
 */
export class EmulatorState {
	readonly clock: Clock;
	config: EmulatorConfig;
	tenants: TenantRecord[] = [];
	readonly subscriptions = new Map<string, SubscriptionRecord>();
	readonly scaleSets = new Map<string, ScaleSetRecord>();
	readonly vmPools = new Map<string, VmPoolRecord>();
	readonly containerPools = new Map<string, ContainerPoolRecord>();
	readonly operations = new Map<string, OperationRecord>();
	readonly roleAssignments = new Map<string, RoleAssignmentRecord>();
	requestLog: RequestLogEntry[] = [];

	constructor(config: Partial<EmulatorConfig> = {}) {
		this.config = { ...defaultConfig, ...config };
		this.clock = new Clock(this.config.timeScale);
	}

	now(): number {
		return this.clock.now();
	}

	/** Drops every resource, keeping the config, the clock and the request log. */
	clearResources(): void {
		this.tenants = [];
		this.subscriptions.clear();
		this.scaleSets.clear();
		this.vmPools.clear();
		this.containerPools.clear();
		this.operations.clear();
		this.roleAssignments.clear();
	}

	subscription(subscriptionId: string): SubscriptionRecord | undefined {
		return this.subscriptions.get(subscriptionId.toLowerCase());
	}

	scaleSet(id: string): ScaleSetRecord | undefined {
		return this.scaleSets.get(idKey(id));
	}

	vmPool(id: string): VmPoolRecord | undefined {
		return this.vmPools.get(idKey(id));
	}

	containerPool(id: string): ContainerPoolRecord | undefined {
		return this.containerPools.get(idKey(id));
	}

	/** The pool attached to a scale set, if any: a scale set can serve only one. */
	poolAttachedTo(scaleSetId: string): VmPoolRecord | undefined {
		const key = idKey(scaleSetId);
		for (const pool of this.vmPools.values()) {
			const attached = pool.properties.attachedVirtualMachineScaleSetId;
			if (attached !== undefined && idKey(attached) === key) {
				return pool;
			}
		}
		return undefined;
	}

	logRequest(entry: RequestLogEntry): void {
		this.requestLog.push(entry);
		if (this.requestLog.length > requestLogLimit) {
			this.requestLog.splice(0, this.requestLog.length - requestLogLimit);
		}
	}
}
