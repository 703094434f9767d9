import { AzureRequestError } from './azureRequestError';

interface ArmErrorBody {
	code?: unknown;
	message?: unknown;
	target?: unknown;
	details?: unknown;
}

function asString(value: unknown): string | undefined {
	return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function readErrorBody(body: unknown): ArmErrorBody | undefined {
	if (typeof body !== 'object' || body === null) {
		return undefined;
	}
	const error = (body as { error?: unknown }).error;
	return typeof error === 'object' && error !== null ? error : undefined;
}

const statusMessages: Record<number, string> = {
	400: 'Azure rejected the request as invalid.',
	401: 'Azure did not accept the sign-in. Sign in again.',
	403: 'Your account is not allowed to do this.',
	404: 'The resource was not found. It may have been deleted elsewhere.',
	409: 'The resource was changed by another operation at the same time. Refresh and try again.',
	429: 'Azure is throttling requests. Try again in a moment.',
	500: 'Azure had an internal error.',
	502: 'Azure could not be reached through a gateway.',
	503: 'The service is unavailable right now.',
	504: 'Azure did not answer in time.',
};

/** Builds the user-facing error from an ARM error response (status and body). */
export function errorFromResponse(status: number, body: unknown): AzureRequestError {
	const error = readErrorBody(body);
	const code = asString(error?.code) ?? `HttpStatus${status}`;
	const message = asString(error?.message) ?? statusMessages[status] ?? `Azure answered with status ${status}.`;
	const details = Array.isArray(error?.details)
		? error.details
				.filter((detail): detail is ArmErrorBody => typeof detail === 'object' && detail !== null)
				.map((detail) => ({
					code: asString(detail.code),
					message: asString(detail.message),
					target: asString(detail.target),
				}))
		: [];
	const target = asString(error?.target) ?? details.find((detail) => detail.target)?.target;
	return new AzureRequestError(message, code, status, target, details);
}

/** Builds the user-facing error from a failed long-running operation's status body. */
export function errorFromOperation(status: string, body: unknown): AzureRequestError {
	const fromBody = readErrorBody(body);
	if (fromBody) {
		return errorFromResponse(200, body);
	}
	return new AzureRequestError(`The operation ended with status ${status}.`, `Operation${status}`, undefined);
}

/**
 * Turns transport failures (no connection, timeouts, TLS) into one sentence a user understands.
 * An abort that the caller did not ask for is the pipeline's request timeout, not a cancellation.
 */
export function errorFromTransport(error: unknown, endpoint: string, abortSignal?: AbortSignal): Error {
	if (error instanceof AzureRequestError) {
		return error;
	}
	if (error instanceof Error && error.name === 'AbortError') {
		if (abortSignal?.aborted) {
			return error;
		}
		return new AzureRequestError(
			`${new URL(endpoint).host} did not answer in time. Check your connection and try again.`,
			'RequestTimeout',
			undefined,
		);
	}
	const restError = error as {
		code?: unknown;
		statusCode?: unknown;
		message?: unknown;
		response?: { bodyAsText?: string };
	};
	if (typeof restError.statusCode === 'number') {
		let body: unknown;
		try {
			body = restError.response?.bodyAsText ? JSON.parse(restError.response.bodyAsText) : undefined;
		} catch {
			body = undefined;
		}
		return errorFromResponse(restError.statusCode, body);
	}
	const code = typeof restError.code === 'string' ? restError.code : 'ConnectionFailed';
	const reason = error instanceof Error ? error.message : String(error);
	return new AzureRequestError(`Could not reach ${new URL(endpoint).host}: ${reason}`, code, undefined);
}
