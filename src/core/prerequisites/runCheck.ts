import type { AzureSession } from '../azure/standbyPoolApi';
import { resolveTarget, type TargetRequest } from './checkTarget';
import { checkPrerequisites } from './checkPrerequisites';
import { gatherFacts, type GatherOptions } from './gatherFacts';
import { localize } from './localize';
import { prerequisiteApis, type PrerequisiteApis } from './prerequisiteApis';
import type { CheckTarget, PrerequisiteReport } from './prerequisiteModel';

function requireApis(session: AzureSession): PrerequisiteApis {
	const apis = prerequisiteApis(session);
	if (!apis) {
		throw new Error(localize('This connection cannot check prerequisites.'));
	}
	return apis;
}

/**
 * Runs the whole check for a subscription, scale set or pool: resolve the target, read, judge. This is what
 * other features call (the pool form with a scale set id, without `interactive`, so it never prompts).
 */
export async function runPrerequisiteCheck(
	session: AzureSession,
	request: TargetRequest,
	options: GatherOptions = {},
): Promise<PrerequisiteReport> {
	const apis = requireApis(session);
	const target = await resolveTarget(apis, request, options.abortSignal);
	return checkPrerequisites(await gatherFacts(apis, target, options));
}

/** Checks a target resolved before, e.g. again after a fix: no need to read the scale set twice. */
export async function recheckPrerequisites(
	session: AzureSession,
	target: CheckTarget,
	options: GatherOptions = {},
): Promise<PrerequisiteReport> {
	return checkPrerequisites(await gatherFacts(requireApis(session), target, options));
}
