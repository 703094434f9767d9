import { AzureRequestError } from '../azure/azureRequestError';
import type { Outcome, RequestFailure } from './prerequisiteModel';

/** The permissions the check's requests need, named as Azure names them in an AuthorizationFailed error. */
export const permissions = {
	readRegistration: 'Microsoft.Resources/subscriptions/providers/read',
	register: 'Microsoft.StandbyPool/register/action',
	readRoleAssignments: 'Microsoft.Authorization/roleAssignments/read',
	writeRoleAssignments: 'Microsoft.Authorization/roleAssignments/write',
	readServicePrincipals: 'Application.Read.All (Microsoft Graph)',
} as const;

/** Azure names the action it refused: "…does not have authorization to perform action 'X' over scope…". */
function actionNamedIn(message: string): string | undefined {
	return /perform action '([^']+)'/i.exec(message)?.[1];
}

/**
 * Reduces any error of a check's request to what the report needs; 403s say which permission is missing.
 * ARM names the refused action in its message; Microsoft Graph does not, so Graph's callers say `namedByAzure: false`.
 */
export function toRequestFailure(error: unknown, neededPermission: string, namedByAzure = true): RequestFailure {
	if (error instanceof AzureRequestError) {
		const forbidden = error.statusCode === 403;
		const named = namedByAzure ? actionNamedIn(error.message) : undefined;
		return {
			status: error.statusCode,
			code: error.code,
			message: error.message,
			missingPermission: forbidden ? (named ?? neededPermission) : undefined,
		};
	}
	return {
		status: undefined,
		code: error instanceof Error ? error.name : 'Error',
		message: error instanceof Error ? error.message : String(error),
		missingPermission: undefined,
	};
}

/** Runs one request of the check and keeps its answer or its failure; never throws, except on cancellation. */
export async function outcomeOf<T>(
	request: () => Promise<T>,
	neededPermission: string,
	options: { abortSignal?: AbortSignal; namedByAzure?: boolean } = {},
): Promise<Outcome<T>> {
	try {
		return { ok: true, value: await request() };
	} catch (error) {
		if (options.abortSignal?.aborted) {
			throw error;
		}
		return { ok: false, failure: toRequestFailure(error, neededPermission, options.namedByAzure) };
	}
}
