import { fieldForError } from './errorFieldMapping';
import { localize } from './localize';
import { buildCreateBody, isEmptyPatch, poolRequestFor } from './poolRequests';
import type { PoolFormContext, PoolFormValues } from './poolFormModel';
import { validatePoolForm, type FieldId, type FieldMessages } from './validation';
import { AzureRequestError } from '../../core/azure/azureRequestError';
import type { AzureSession } from '../../core/azure/standbyPoolApi';
import type { StandbyVirtualMachinePool } from '../../core/azure/standbyPoolModels';

export type SubmitOutcome =
	| { kind: 'invalid'; errors: FieldMessages }
	| { kind: 'unchanged' }
	| { kind: 'succeeded'; pool: StandbyVirtualMachinePool | undefined; poolId: string }
	| { kind: 'failed'; poolId: string; message: string; code: string | undefined; field: FieldId | undefined };

/**
 * Checks a submission again and sends it: a long-running PUT to create, a PATCH with only the changes to edit.
 * Nothing is sent while anything is invalid. Azure's failures come back as an outcome, never as a throw.
 */
export async function submitPoolForm(
	session: AzureSession,
	context: PoolFormContext,
	values: PoolFormValues,
	onProgress: (status: string) => void,
): Promise<SubmitOutcome> {
	const validation = validatePoolForm(values, context);
	if (!validation.valid) {
		return { kind: 'invalid', errors: validation.errors };
	}

	const request = poolRequestFor(values, context);
	try {
		if (request.patch) {
			if (isEmptyPatch(request.patch)) {
				return { kind: 'unchanged' };
			}
			const pool = await session.pools.updatePool(request.poolId, request.patch);
			return { kind: 'succeeded', pool, poolId: request.poolId };
		}

		const taken = await existingPoolName(session, request.poolId);
		if (taken) {
			return {
				kind: 'failed',
				poolId: request.poolId,
				message: localize(
					'A standby pool named {0} already exists in resource group {1}. Choose another name.',
					taken,
					request.resourceGroup,
				),
				code: 'NameInUse',
				field: 'name',
			};
		}
		const pool = await session.pools.createOrReplacePool(request.poolId, buildCreateBody(values, context), {
			onProgress: (progress) => onProgress(progress.status),
		});
		return { kind: 'succeeded', pool, poolId: request.poolId };
	} catch (error) {
		return failure(request.poolId, error);
	}
}

/**
 * A PUT replaces a pool of the same name, even one serving another scale set, so creating
 * first makes sure the name is free. Only a clear "not found" counts as free.
 */
async function existingPoolName(session: AzureSession, poolId: string): Promise<string | undefined> {
	try {
		const pool = await session.pools.getPool(poolId);
		return pool.name;
	} catch (error) {
		if (error instanceof AzureRequestError && error.statusCode === 404) {
			return undefined;
		}
		throw error;
	}
}

function failure(poolId: string, error: unknown): SubmitOutcome {
	if (error instanceof AzureRequestError) {
		return {
			kind: 'failed',
			poolId,
			message: error.message,
			code: error.code,
			field: fieldForError(error.target, error.details),
		};
	}
	const message = error instanceof Error ? error.message : String(error);
	return { kind: 'failed', poolId, message, code: undefined, field: undefined };
}
