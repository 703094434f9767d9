import { AzureRequestError } from '../../../src/core/azure/azureRequestError';
import type { ScaleSetSummary } from '../../../src/core/azure/scaleSetModels';
import type { AzureSession, OperationOptions } from '../../../src/core/azure/standbyPoolApi';
import type {
	StandbyVirtualMachinePool,
	StandbyVirtualMachinePoolCreate,
	StandbyVirtualMachinePoolUpdate,
} from '../../../src/core/azure/standbyPoolModels';
import { scaleSetId, subscriptionId } from './fixtures';

export interface RecordedCall {
	readonly method: string;
	readonly id: string;
	readonly body?: unknown;
}

export function scaleSetSummary(overrides: Partial<ScaleSetSummary> = {}): ScaleSetSummary {
	return {
		id: scaleSetId,
		name: 'web-vmss',
		subscriptionId,
		resourceGroup: 'rg-web',
		location: 'eastus',
		orchestrationMode: 'Flexible',
		capacity: 2,
		zones: ['1', '2', '3'],
		platformFaultDomainCount: 1,
		hibernationEnabled: false,
		ephemeralOsDisk: false,
		galleryImage: false,
		...overrides,
	};
}

export function notFound(): AzureRequestError {
	return new AzureRequestError('The resource was not found.', 'ResourceNotFound', 404);
}

/**
 * An in-memory session that records every call and fails where a test tells it to. It implements only what
 * the form uses; `api` hands it over as an AzureSession.
 */
export class FakeSession {
	readonly label = 'Fake';
	readonly connectionKind = 'emulator';
	readonly tenantId = undefined;
	readonly portalUrl = undefined;
	readonly calls: RecordedCall[] = [];
	readonly poolsById = new Map<string, StandbyVirtualMachinePool>();
	scaleSet = scaleSetSummary();
	failCreate: Error | undefined;
	failList = false;

	get api(): AzureSession {
		return this;
	}

	readonly subscriptions = { listSubscriptions: async () => [], listTenants: async () => [] };

	readonly scaleSets = {
		listScaleSets: async () => [this.scaleSet],
		getScaleSet: async (id: string): Promise<ScaleSetSummary> => {
			this.calls.push({ method: 'getScaleSet', id });
			if (id.toLowerCase() !== this.scaleSet.id.toLowerCase()) {
				throw notFound();
			}
			return this.scaleSet;
		},
	};

	readonly pools = {
		listPools: async (): Promise<StandbyVirtualMachinePool[]> => {
			if (this.failList) {
				throw new AzureRequestError('Throttled', 'TooManyRequests', 429);
			}
			return [...this.poolsById.values()];
		},
		getPool: async (id: string): Promise<StandbyVirtualMachinePool> => {
			this.calls.push({ method: 'GET', id });
			const pool = this.poolsById.get(id.toLowerCase());
			if (!pool) {
				throw notFound();
			}
			return pool;
		},
		createOrReplacePool: async (
			id: string,
			body: StandbyVirtualMachinePoolCreate,
			options?: OperationOptions,
		): Promise<StandbyVirtualMachinePool> => {
			this.calls.push({ method: 'PUT', id, body });
			options?.onProgress?.({ status: 'InProgress' });
			if (this.failCreate) {
				throw this.failCreate;
			}
			const pool = { id, name: id.split('/').pop() as string, ...body } as StandbyVirtualMachinePool;
			this.poolsById.set(id.toLowerCase(), pool);
			return pool;
		},
		updatePool: async (id: string, patch: StandbyVirtualMachinePoolUpdate): Promise<StandbyVirtualMachinePool> => {
			this.calls.push({ method: 'PATCH', id, body: patch });
			const pool = this.poolsById.get(id.toLowerCase());
			if (!pool) {
				throw notFound();
			}
			return pool;
		},
		deletePool: async () => undefined,
		getRuntimeView: async () => {
			throw notFound();
		},
		listStandbyVirtualMachines: async () => [],
		listContainerGroupPools: async () => [],
	};
}
