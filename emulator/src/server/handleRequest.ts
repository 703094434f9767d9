import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { settleOperations } from '../arm/asyncOperations';
import { settleRegistrations } from '../arm/providerRoutes';
import { defaultOperationError, faultResponse } from '../control/faultResponses';
import { ArmError } from '../http/armError';
import type { ArmResponse } from '../http/armResponse';
import type { RequestContext } from '../http/requestContext';
import type { Router } from '../http/router';
import { requireBearerToken } from './authentication';
import type { EmulatorRuntime } from './emulatorRuntime';
import { readJsonBody } from './readBody';
import { sendResponse } from './sendResponse';

/**
 * The request pipeline: token check, then for the control API its own routes, and for ARM calls the finishing of
 * due operations, injected faults, latency, the route, and a line in the request log (never the headers).
 */
export async function handleRequest(
	runtime: EmulatorRuntime,
	request: IncomingMessage,
	response: ServerResponse,
): Promise<void> {
	const url = new URL(request.url ?? '/', runtime.baseUrl);
	const method = (request.method ?? 'GET').toUpperCase();
	const control = url.pathname === '/_emulator' || url.pathname.startsWith('/_emulator/');
	const log = (status: number, fault?: string): void => {
		if (!control) {
			const apiVersion = url.searchParams.get('api-version') ?? undefined;
			const time = new Date().toISOString();
			runtime.state.logRequest({ time, method, path: url.pathname, apiVersion, status, fault });
		}
	};
	try {
		requireBearerToken(request, runtime.token);
		const body = await readJsonBody(request);
		const context: RequestContext = {
			method,
			path: url.pathname,
			query: url.searchParams,
			params: {},
			body,
			baseUrl: runtime.baseUrl,
			state: runtime.state,
		};
		if (control) {
			sendResponse(response, await route(runtime.controlRouter, context));
			return;
		}
		await handleArm(runtime, context, request, response, log);
	} catch (error) {
		if (runtime.stopping.signal.aborted) {
			request.socket.destroy();
			return;
		}
		const result = errorResponse(error);
		log(result.status);
		if (!response.headersSent && !response.destroyed) {
			sendResponse(response, result);
		}
	}
}

async function handleArm(
	runtime: EmulatorRuntime,
	context: RequestContext,
	request: IncomingMessage,
	response: ServerResponse,
	log: (status: number, fault?: string) => void,
): Promise<void> {
	settleOperations(runtime.state);
	settleRegistrations(runtime.state);
	const fault = runtime.faults.take(context.method, context.path);
	if (fault?.action === 'drop') {
		log(0, fault.id);
		request.socket.destroy();
		return;
	}
	if (fault?.action === 'respond') {
		const result = faultResponse(fault, context.method, context.path);
		log(result.status, fault.id);
		sendResponse(response, result);
		return;
	}
	if (fault?.action === 'failOperation') {
		context.operationOutcome = {
			status: fault.operationStatus ?? 'Failed',
			error: fault.error ?? defaultOperationError(),
		};
	}
	const delayMs = runtime.state.config.latencyMs + (fault?.action === 'delay' ? (fault.delayMs ?? 60_000) : 0);
	if (delayMs > 0) {
		await sleep(delayMs, undefined, { signal: runtime.stopping.signal });
		settleOperations(runtime.state);
	}
	const result = await route(runtime.armRouter, context);
	log(result.status, fault?.id);
	sendResponse(response, result, fault?.action === 'malformedJson');
}

async function route(router: Router, context: RequestContext): Promise<ArmResponse> {
	const match = router.match(context.method, context.path);
	if (match === undefined) {
		throw new ArmError(404, 'NotFound', `No route matches '${context.method} ${context.path}'.`);
	}
	if ('methodNotAllowed' in match) {
		throw new ArmError(405, 'MethodNotAllowed', `The resource does not support the HTTP method '${context.method}'.`);
	}
	context.params = match.params;
	return match.handler(context);
}

function errorResponse(error: unknown): ArmResponse {
	if (error instanceof ArmError) {
		return { status: error.status, body: error.toBody(), headers: error.headers };
	}
	const message = error instanceof Error ? error.message : String(error);
	process.stderr.write(`Emulator: unexpected error: ${message}\n`);
	return {
		status: 500,
		body: { error: { code: 'InternalServerError', message: 'The emulator failed unexpectedly.' } },
	};
}
