import { localize } from './localize';
import { defaultValues, valuesFromPool } from './poolRequests';
import type { FormTarget, PoolFormContext, PoolFormValues, ScaleSetFacts } from './poolFormModel';
import { parseResourceId, sameResourceId } from '../../core/azure/resourceId';
import type { ScaleSetSummary } from '../../core/azure/scaleSetModels';
import type { AzureSession } from '../../core/azure/standbyPoolApi';
import type { StandbyVirtualMachinePool } from '../../core/azure/standbyPoolModels';

/** What a form needs before it can show anything: its context and the values to start from. */
export interface LoadedForm {
	readonly context: PoolFormContext;
	readonly initialValues: PoolFormValues;
}

/** Reads the scale set (and, when editing, the pool) from Azure. Every failure is the API's AzureRequestError. */
export async function loadPoolForm(
	session: AzureSession,
	target: FormTarget,
	apiVersion: string,
	log: (message: string) => void = () => undefined,
): Promise<LoadedForm> {
	return target.mode === 'create'
		? loadForCreate(session, target.scaleSetId, apiVersion, log)
		: loadForEdit(session, target.poolId, apiVersion, log);
}

async function loadForCreate(
	session: AzureSession,
	scaleSetId: string,
	apiVersion: string,
	log: (message: string) => void,
): Promise<LoadedForm> {
	const summary = await session.scaleSets.getScaleSet(scaleSetId);
	let pools: StandbyVirtualMachinePool[] = [];
	try {
		pools = await session.pools.listPools(summary.subscriptionId);
	} catch (error) {
		// The service still refuses a second pool; the form only loses the early warning.
		log(`Could not list pools to check for an existing one: ${String(error)}`);
	}
	const attached = pools.find((pool) => sameResourceId(pool.properties.attachedVirtualMachineScaleSetId, summary.id));
	const scaleSet = toFacts(summary, attached?.name);
	const context: PoolFormContext = {
		target: { mode: 'create', scaleSetId },
		apiVersion,
		subscriptionId: summary.subscriptionId,
		resourceGroup: summary.resourceGroup,
		location: summary.location,
		scaleSetId: summary.id,
		scaleSet,
		originalValues: undefined,
		originalPool: undefined,
		connectionLabel: session.label,
	};
	return { context, initialValues: defaultValues(scaleSet) };
}

async function loadForEdit(
	session: AzureSession,
	poolId: string,
	apiVersion: string,
	log: (message: string) => void,
): Promise<LoadedForm> {
	const parsed = parseResourceId(poolId);
	if (!parsed) {
		throw new Error(localize('"{0}" is not a standby pool resource id.', poolId));
	}
	const pool = await session.pools.getPool(poolId);
	const scaleSetId = pool.properties.attachedVirtualMachineScaleSetId;
	let summary: ScaleSetSummary | undefined;
	if (scaleSetId) {
		try {
			summary = await session.scaleSets.getScaleSet(scaleSetId);
		} catch (error) {
			// Editing still works; only the checks that need the scale set are skipped.
			log(`Could not read the attached scale set ${scaleSetId}: ${String(error)}`);
		}
	}
	const originalValues = valuesFromPool(pool);
	const context: PoolFormContext = {
		target: { mode: 'edit', poolId: pool.id || poolId },
		apiVersion,
		subscriptionId: parsed.subscriptionId,
		resourceGroup: parsed.resourceGroup,
		location: pool.location,
		scaleSetId,
		scaleSet: summary ? toFacts(summary, undefined) : undefined,
		originalValues,
		originalPool: pool,
		connectionLabel: session.label,
	};
	return { context, initialValues: originalValues };
}

function toFacts(summary: ScaleSetSummary, otherPoolName: string | undefined): ScaleSetFacts {
	return {
		id: summary.id,
		name: summary.name,
		subscriptionId: summary.subscriptionId,
		resourceGroup: summary.resourceGroup,
		location: summary.location,
		orchestrationMode: summary.orchestrationMode,
		capacity: summary.capacity,
		hibernationEnabled: summary.hibernationEnabled,
		ephemeralOsDisk: summary.ephemeralOsDisk,
		platformFaultDomainCount: summary.platformFaultDomainCount,
		otherPoolName,
	};
}
