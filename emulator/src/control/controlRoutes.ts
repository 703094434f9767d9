import { settleOperations } from '../arm/asyncOperations';
import { settleRegistrations } from '../arm/providerRoutes';
import { ArmError, badRequest } from '../http/armError';
import { ok, type ArmResponse } from '../http/armResponse';
import type { RequestContext } from '../http/requestContext';
import { Router } from '../http/router';
import type { EmulatorRuntime } from '../server/emulatorRuntime';
import { checkConfig } from '../state/emulatorConfig';
import { type EstateSize, generateSeed } from '../state/generateSeed';
import { addResources, loadSeed } from '../state/loadSeed';
import { checkSeed, type SeedFile } from '../state/seedFile';
import { createFault, describeFault } from './faults';
import { removeResources } from './removeResources';
import { stateSnapshot } from './stateSnapshot';
import { advanceAllPools } from '../standbypool/advanceAllPools';

/** The test-control API under `/_emulator/`; not part of Azure. See emulator/README.md. */
export function createControlRouter(runtime: EmulatorRuntime, startConfig: RequestContext['state']['config']): Router {
	const router = new Router();
	const settled = (): void => {
		settleOperations(runtime.state);
		settleRegistrations(runtime.state);
	};
	router.add('GET', '/_emulator/state', () => {
		settled();
		return ok(stateSnapshot(runtime));
	});
	router.add('GET', '/_emulator/requests', () => ok({ value: runtime.state.requestLog }));
	router.add('DELETE', '/_emulator/requests', () => {
		runtime.state.requestLog = [];
		return { status: 204 };
	});
	router.add('POST', '/_emulator/reset', (context) => reset(runtime, context, startConfig));
	router.add('POST', '/_emulator/config', (context) => configure(runtime, context));
	router.add('POST', '/_emulator/time', (context) => advanceTime(runtime, context));
	router.add('GET', '/_emulator/faults', () => ok({ value: runtime.faults.list() }));
	router.add('POST', '/_emulator/faults', (context) => addFaults(runtime, context));
	router.add('DELETE', '/_emulator/faults', () => {
		runtime.faults.clear();
		return { status: 204 };
	});
	router.add('PUT', '/_emulator/resources', (context) => putResources(runtime, context));
	router.add('DELETE', '/_emulator/resources', (context) => deleteResources(runtime, context));
	return router;
}

/**
 * Back to the start: the seed's resources (or a seed given in the body, or a generated estate), no faults, an
 * empty log, the start config.
 */
function reset(
	runtime: EmulatorRuntime,
	context: RequestContext,
	startConfig: RequestContext['state']['config'],
): ArmResponse {
	const body = (context.body ?? {}) as { seed?: unknown; generate?: EstateSize };
	let seed = runtime.seed;
	if (body.generate !== undefined) {
		const size = body.generate;
		seed = guard(() => generateSeed(size));
	} else if (body.seed !== undefined) {
		seed = guard(() => checkSeed(body.seed));
	}
	runtime.state.config = { ...startConfig };
	runtime.state.clock.setTimeScale(startConfig.timeScale);
	guard(() => loadSeed(runtime.state, seed));
	runtime.faults.clear();
	runtime.state.requestLog = [];
	return ok({ reset: true });
}

function configure(runtime: EmulatorRuntime, context: RequestContext): ArmResponse {
	const checked = checkConfig(context.body ?? {});
	if ('problem' in checked) {
		throw badRequest(checked.problem);
	}
	runtime.state.config = { ...runtime.state.config, ...checked.config };
	if (checked.config.timeScale !== undefined) {
		runtime.state.clock.setTimeScale(checked.config.timeScale);
	}
	return ok(runtime.state.config);
}

function advanceTime(runtime: EmulatorRuntime, context: RequestContext): ArmResponse {
	const advanceMs = (context.body as { advanceMs?: unknown } | undefined)?.advanceMs;
	if (typeof advanceMs !== 'number' || !Number.isFinite(advanceMs) || advanceMs < 0) {
		throw badRequest("'advanceMs' must be a number of milliseconds, 0 or more.", 'advanceMs');
	}
	runtime.state.clock.advance(advanceMs);
	return ok({ time: new Date(runtime.state.now()).toISOString() });
}

function addFaults(runtime: EmulatorRuntime, context: RequestContext): ArmResponse {
	const inputs = Array.isArray(context.body) ? (context.body as unknown[]) : [context.body];
	const faults = inputs.map((input) => guard(() => createFault(input)));
	faults.forEach((fault) => runtime.faults.add(fault));
	return { status: 201, body: { value: faults.map(describeFault) } };
}

function putResources(runtime: EmulatorRuntime, context: RequestContext): ArmResponse {
	const resources = (context.body ?? {}) as Partial<SeedFile>;
	guard(() => checkSeed({ subscriptions: [], ...resources }));
	advanceAllPools(runtime.state);
	guard(() => addResources(runtime.state, resources));
	return ok({ updated: true });
}

function deleteResources(runtime: EmulatorRuntime, context: RequestContext): ArmResponse {
	const ids = (context.body as { ids?: unknown } | undefined)?.ids;
	if (!Array.isArray(ids) || !ids.every((id): id is string => typeof id === 'string')) {
		throw badRequest('The body must be { "ids": ["<resource id>", ...] }.', 'ids');
	}
	advanceAllPools(runtime.state);
	const unmatched = removeResources(runtime.state, ids);
	return ok({ removed: ids.length - unmatched.length, unmatched });
}

/** Turns a thrown message from a checker into a 400 for the caller. */
function guard<T>(action: () => T): T {
	try {
		return action();
	} catch (error) {
		if (error instanceof ArmError) {
			throw error;
		}
		throw badRequest(error instanceof Error ? error.message : String(error));
	}
}
