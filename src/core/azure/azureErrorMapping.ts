import { AzureRequestError } from './azureRequestError';
import { localize } from '../localize';

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

// Each says what happened and what to do: they stand in for Azure's message when a response has none.
const statusMessages: Record<number, () => string> = {
	400: () => localize('Azure rejected the request as invalid.'),
	401: () => localize('Azure did not accept the sign-in. Sign in again.'),
	403: () =>
		localize('Your account is not allowed to do this. Ask an owner of the subscription for a role that allows it.'),
	404: () => localize('The resource was not found. It may have been deleted elsewhere: refresh the view.'),
	409: () => localize('The resource was changed by another operation at the same time. Refresh and try again.'),
	429: () => localize('Azure is throttling requests. Try again in a moment.'),
	500: () => localize('Azure had an internal error. Try again later.'),
	502: () => localize('Azure could not be reached through a gateway. Try again later.'),
	503: () => localize('The service is unavailable right now. Try again later.'),
	504: () => localize('Azure did not answer in time. Try again later.'),
};

/**
 * Azure's message for a missing resource names it but says nothing about what to do; the usual cause, for
 * this extension, is a change made elsewhere that the tree has not caught up with yet.
 */
const notFoundHint = (): string => localize('It may have been deleted elsewhere: refresh the view.');

/**
 * Error bodies of failed responses, by request. The Compute client's paged lists raise an error that keeps
 * only the ARM code, not the body with the message (which, for a 403, names the missing permission), so
 * `errorBodyPolicy` keeps the body here for `errorFromTransport`.
 */
const errorBodies = new WeakMap<object, string>();

export function rememberErrorBody(request: object, bodyAsText: string | undefined): void {
	if (bodyAsText) {
		errorBodies.set(request, bodyAsText);
	}
}

/** Builds the user-facing error from an ARM error response (status and body). */
export function errorFromResponse(status: number, body: unknown): AzureRequestError {
	const error = readErrorBody(body);
	const code = asString(error?.code) ?? `HttpStatus${status}`;
	const armMessage = asString(error?.message);
	const message =
		armMessage !== undefined
			? status === 404 && !armMessage.includes(notFoundHint())
				? `${armMessage} ${notFoundHint()}`
				: armMessage
			: (statusMessages[status]?.() ?? localize('Azure answered with status {0}. Try again later.', status));
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
	return new AzureRequestError(
		localize('The operation ended with status {0}.', status),
		`Operation${status}`,
		undefined,
	);
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
			localize('{0} did not answer in time. Check your connection and try again.', new URL(endpoint).host),
			'RequestTimeout',
			undefined,
		);
	}
	const restError = error as {
		code?: unknown;
		statusCode?: unknown;
		message?: unknown;
		request?: object;
		response?: { bodyAsText?: string };
	};
	const host = new URL(endpoint).host;
	// The SDK could not parse the answer: say so, rather than report the (successful) status it came with.
	if (restError.code === 'PARSE_ERROR') {
		return new AzureRequestError(
			localize(
				'The answer from {0} could not be read (it is not valid JSON). Try again; if this keeps happening, report it with the log.',
				host,
			),
			'InvalidResponse',
			typeof restError.statusCode === 'number' ? restError.statusCode : undefined,
		);
	}
	if (typeof restError.statusCode === 'number') {
		const text = restError.response?.bodyAsText ?? (restError.request ? errorBodies.get(restError.request) : undefined);
		let body: unknown;
		try {
			body = text ? JSON.parse(text) : undefined;
		} catch {
			body = undefined;
		}
		// Without a body, the ARM code the SDK kept still says more than the status alone.
		if (readErrorBody(body) === undefined && typeof restError.code === 'string') {
			body = { error: { code: restError.code } };
		}
		return errorFromResponse(restError.statusCode, body);
	}
	const code = typeof restError.code === 'string' ? restError.code : 'ConnectionFailed';
	const reason = error instanceof Error ? error.message : String(error);
	return new AzureRequestError(
		localize('Could not reach {0}: {1}. Check your connection and try again.', host, reason),
		code,
		undefined,
	);
}
