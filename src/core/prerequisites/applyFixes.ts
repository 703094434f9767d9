import { randomUUID } from 'node:crypto';
import type { ProviderApi, RoleAssignmentApi } from '../azure/accessModels';
import type { FixPlan } from './prerequisiteModel';
import { permissions, toRequestFailure } from './requestFailure';
import { roleDefinitionId, type RequiredRole } from './requiredRoles';

export type StepFailure =
	| { readonly kind: 'forbidden'; readonly missingPermission: string; readonly message: string }
	| { readonly kind: 'failed'; readonly message: string; readonly code: string };

export type RegistrationResult =
	| { readonly kind: 'registered'; readonly reads: number }
	| { readonly kind: 'timedOut'; readonly state: string }
	| StepFailure;

export interface RegistrationOptions {
	readonly abortSignal?: AbortSignal;
	/** Called with every state read, `Registering` until it is done. */
	readonly onState?: (state: string) => void;
	/** Waits between reads; the last one repeats. Registration takes seconds in the emulator, minutes in Azure. */
	readonly pollDelaysMs?: readonly number[];
	/** Gives up waiting (the registration itself goes on in Azure). */
	readonly timeoutMs?: number;
	readonly sleep?: (ms: number, abortSignal?: AbortSignal) => Promise<void>;
}

const defaultPollDelaysMs = [1000, 2000, 4000, 8000, 10_000];
const defaultRegistrationTimeoutMs = 15 * 60_000;

function abortError(): Error {
	const error = new Error('The operation was cancelled.');
	error.name = 'AbortError';
	return error;
}

export function sleep(ms: number, abortSignal?: AbortSignal): Promise<void> {
	return new Promise((resolve, reject) => {
		if (abortSignal?.aborted) {
			reject(abortError());
			return;
		}
		const timer = setTimeout(() => {
			abortSignal?.removeEventListener('abort', onAbort);
			resolve();
		}, ms);
		const onAbort = (): void => {
			clearTimeout(timer);
			reject(abortError());
		};
		abortSignal?.addEventListener('abort', onAbort, { once: true });
	});
}

function stepFailure(error: unknown, neededPermission: string, abortSignal?: AbortSignal): StepFailure {
	if (abortSignal?.aborted) {
		throw error;
	}
	const failure = toRequestFailure(error, neededPermission);
	return failure.missingPermission
		? { kind: 'forbidden', missingPermission: failure.missingPermission, message: failure.message }
		: { kind: 'failed', message: failure.message, code: failure.code };
}

/** Asks Azure to register the provider and reads its state until it is `Registered`. */
export async function registerAndWait(
	providers: ProviderApi,
	register: NonNullable<FixPlan['register']>,
	options: RegistrationOptions = {},
): Promise<RegistrationResult> {
	const { abortSignal, onState } = options;
	const delays = options.pollDelaysMs ?? defaultPollDelaysMs;
	const wait = options.sleep ?? sleep;
	const deadline = Date.now() + (options.timeoutMs ?? defaultRegistrationTimeoutMs);
	let state: string;
	try {
		state = (await providers.registerProvider(register.subscriptionId, register.namespace, abortSignal))
			.registrationState;
	} catch (error) {
		return stepFailure(error, permissions.register, abortSignal);
	}
	onState?.(state);

	let reads = 0;
	while (state.toLowerCase() !== 'registered') {
		if (Date.now() >= deadline) {
			return { kind: 'timedOut', state };
		}
		await wait(delays[Math.min(reads, delays.length - 1)] ?? 5000, abortSignal);
		try {
			state = (await providers.getProvider(register.subscriptionId, register.namespace, abortSignal)).registrationState;
		} catch (error) {
			return stepFailure(error, permissions.readRegistration, abortSignal);
		}
		reads++;
		onState?.(state);
	}
	return { kind: 'registered', reads };
}

export type AssignmentOutcome = { readonly kind: 'assigned' | 'alreadyAssigned' | 'notAttempted' } | StepFailure;

export interface AssignmentResult {
	readonly role: RequiredRole;
	readonly outcome: AssignmentOutcome;
}

export interface AssignmentOptions {
	readonly abortSignal?: AbortSignal;
	/** The new assignment's name; a random GUID unless a test decides. */
	readonly newName?: () => string;
	readonly onResult?: (result: AssignmentResult) => void;
}

/**
 * Creates one role assignment per planned role, one after the other. The first refusal (403) stops the rest,
 * which would be refused the same way; an assignment that exists already counts as done.
 */
export async function assignRoles(
	roleAssignments: RoleAssignmentApi,
	plan: NonNullable<FixPlan['assignRoles']>,
	options: AssignmentOptions = {},
): Promise<AssignmentResult[]> {
	const subscriptionId = plan.scope.split('/')[2] ?? '';
	const results: AssignmentResult[] = [];
	let refused = false;
	for (const role of plan.roles) {
		let outcome: AssignmentOutcome;
		if (refused) {
			outcome = { kind: 'notAttempted' };
		} else {
			outcome = await assignOne(roleAssignments, plan, subscriptionId, role, options);
			refused = outcome.kind === 'forbidden';
		}
		const result = { role, outcome };
		results.push(result);
		options.onResult?.(result);
	}
	return results;
}

async function assignOne(
	roleAssignments: RoleAssignmentApi,
	plan: NonNullable<FixPlan['assignRoles']>,
	subscriptionId: string,
	role: RequiredRole,
	options: AssignmentOptions,
): Promise<AssignmentOutcome> {
	try {
		await roleAssignments.createRoleAssignment(
			{
				scope: plan.scope,
				name: (options.newName ?? randomUUID)(),
				roleDefinitionId: roleDefinitionId(subscriptionId, role.id),
				principalId: plan.principalId,
				principalType: 'ServicePrincipal',
			},
			options.abortSignal,
		);
		return { kind: 'assigned' };
	} catch (error) {
		const failure = stepFailure(error, permissions.writeRoleAssignments, options.abortSignal);
		return failure.kind === 'failed' && failure.code === 'RoleAssignmentExists' ? { kind: 'alreadyAssigned' } : failure;
	}
}
