import type {
	StandbyContainerGroupPool,
	StandbyVirtualMachine,
	StandbyVirtualMachinePool,
	StandbyVirtualMachinePoolCreate,
	StandbyVirtualMachinePoolRuntimeView,
	StandbyVirtualMachinePoolUpdate,
} from './standbyPoolModels';
import type { ScaleSetSummary, SubscriptionSummary } from './scaleSetModels';
import type { DirectoryApi, ProviderApi, RoleAssignmentApi } from './accessModels';

/** Progress of a long-running operation, as reported to the user. */
export interface OperationProgress {
	/** `InProgress`, `Succeeded`, ... as the service reports it. */
	readonly status: string;
}

export interface OperationOptions {
	readonly abortSignal?: AbortSignal;
	readonly onProgress?: (progress: OperationProgress) => void;
}

/** Everything the extension asks of Microsoft.StandbyPool. Every failure is an AzureRequestError. */
export interface StandbyPoolApi {
	/** The api-version requests are sent with; undefined means the newest (`standbyPoolApiVersion`). */
	readonly apiVersion?: string;
	listPools(subscriptionId: string, abortSignal?: AbortSignal): Promise<StandbyVirtualMachinePool[]>;
	getPool(poolId: string, abortSignal?: AbortSignal): Promise<StandbyVirtualMachinePool>;
	createOrReplacePool(
		poolId: string,
		body: StandbyVirtualMachinePoolCreate,
		options?: OperationOptions,
	): Promise<StandbyVirtualMachinePool>;
	updatePool(
		poolId: string,
		patch: StandbyVirtualMachinePoolUpdate,
		abortSignal?: AbortSignal,
	): Promise<StandbyVirtualMachinePool>;
	deletePool(poolId: string, options?: OperationOptions): Promise<void>;
	getRuntimeView(poolId: string, abortSignal?: AbortSignal): Promise<StandbyVirtualMachinePoolRuntimeView>;
	listStandbyVirtualMachines(poolId: string, abortSignal?: AbortSignal): Promise<StandbyVirtualMachine[]>;
	listContainerGroupPools(subscriptionId: string, abortSignal?: AbortSignal): Promise<StandbyContainerGroupPool[]>;
}

/** Everything the extension asks of Microsoft.Compute and Microsoft.Resources. */
export interface ScaleSetApi {
	listScaleSets(subscriptionId: string, abortSignal?: AbortSignal): Promise<ScaleSetSummary[]>;
	getScaleSet(scaleSetId: string, abortSignal?: AbortSignal): Promise<ScaleSetSummary>;
}

export interface TenantSummary {
	readonly tenantId: string;
	readonly displayName: string;
	readonly defaultDomain: string | undefined;
}

export interface SubscriptionApi {
	listSubscriptions(abortSignal?: AbortSignal): Promise<SubscriptionSummary[]>;
	listTenants(abortSignal?: AbortSignal): Promise<TenantSummary[]>;
}

/** One connected account or emulator: the clients, already authenticated for their endpoint. */
export interface AzureSession {
	/** `Azure` or `Local emulator`, for display. */
	readonly label: string;
	/** `azure` or `emulator`: where the requests go. */
	readonly connectionKind: 'azure' | 'emulator';
	/** The tenant whose token this session uses; undefined for the account's home tenant or the emulator. */
	readonly tenantId: string | undefined;
	/** The Azure portal for this cloud, or undefined for the emulator. */
	readonly portalUrl: string | undefined;
	readonly subscriptions: SubscriptionApi;
	readonly scaleSets: ScaleSetApi;
	readonly pools: StandbyPoolApi;
	/**
	 * Registration, role assignments and Graph, for the prerequisites check. Every real session has them;
	 * they are optional so that a stand-in session for one feature need not implement them.
	 */
	readonly providers?: ProviderApi;
	readonly roleAssignments?: RoleAssignmentApi;
	readonly directory?: DirectoryApi;
}
