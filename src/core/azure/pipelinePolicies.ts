import type { Agent } from 'node:https';
import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import { getLogger } from '../log';
import { rememberErrorBody } from './azureErrorMapping';

const log = getLogger('http');

/**
 * Refuses any request whose origin is not the endpoint the credential was issued for. Long-running
 * operations follow URLs that the server returns; without this guard a bearer token could follow them
 * to another host.
 */
export function endpointGuardPolicy(endpoint: string): PipelinePolicy {
	const allowedOrigin = new URL(endpoint).origin;
	return {
		name: 'standbyPoolsEndpointGuard',
		sendRequest: async (request, next) => {
			const origin = new URL(request.url).origin;
			if (origin !== allowedOrigin) {
				throw new Error(
					`Refused to send a request to ${origin}: only ${allowedOrigin} is allowed for this connection.`,
				);
			}
			return next(request);
		},
	};
}

/**
 * When Azure refuses a token (401, typically because it expired), drops the cached token and sends the
 * request once more with a fresh one. A second refusal is returned to the caller as it is.
 */
export function reauthenticatePolicy(credential: { invalidate(): void }): PipelinePolicy {
	return {
		name: 'standbyPoolsReauthenticate',
		sendRequest: async (request, next) => {
			const response = await next(request);
			if (response.status !== 401) {
				return response;
			}
			log.info('Azure refused the token (401); retrying once with a new token');
			credential.invalidate();
			return next(request);
		},
	};
}

/**
 * Keeps the body of a failed response for `errorFromTransport`, for SDK errors that lose it
 * (see `rememberErrorBody`).
 */
export function errorBodyPolicy(): PipelinePolicy {
	return {
		name: 'standbyPoolsErrorBody',
		sendRequest: async (request, next) => {
			const response = await next(request);
			if (response.status >= 400) {
				rememberErrorBody(request, response.bodyAsText ?? undefined);
			}
			return response;
		},
	};
}

/** Trusts the emulator's test CA for requests to the emulator only. */
export function tlsAgentPolicy(agent: Agent): PipelinePolicy {
	return {
		name: 'standbyPoolsEmulatorTls',
		sendRequest: async (request, next) => {
			request.agent = agent;
			return next(request);
		},
	};
}

/** Writes one redacted line per request: method, path, status and duration; never headers. */
export function requestLogPolicy(): PipelinePolicy {
	return {
		name: 'standbyPoolsRequestLog',
		sendRequest: async (request, next) => {
			const started = Date.now();
			const url = new URL(request.url);
			const apiVersion = url.searchParams.get('api-version');
			const target = `${request.method} ${url.pathname}${apiVersion === null ? '' : `?api-version=${apiVersion}`}`;
			try {
				const response = await next(request);
				log.trace(`${target} → ${response.status} in ${Date.now() - started} ms`);
				return response;
			} catch (error) {
				log.trace(`${target} → ${error instanceof Error ? error.name : 'error'} in ${Date.now() - started} ms`);
				throw error;
			}
		},
	};
}
