import * as vscode from 'vscode';
import { assignRoles, registerAndWait, type AssignmentResult } from '../../core/prerequisites/applyFixes';
import type { PrerequisiteApis } from '../../core/prerequisites/prerequisiteApis';
import type { FixPlan } from '../../core/prerequisites/prerequisiteModel';
import { getLogger } from '../../core/log';

const log = getLogger('prerequisites');

/** What the fixes did, for the report's banner and the form's notice. */
export interface FixOutcome {
	/** One sentence per step that ran. */
	readonly messages: readonly string[];
	/** The first permission Azure said the account lacks; the CLI commands are the way out. */
	readonly missingPermission: string | undefined;
	/** A failure that is not about permissions. */
	readonly failure: string | undefined;
	/** True when something changed in Azure. */
	readonly changed: boolean;
}

/** Reports progress where the user is looking: a notification, and the panel's busy line. */
export type BusyReporter = (message: string) => void;

function withCancellableProgress<T>(
	title: string,
	task: (report: (message: string) => void, abortSignal: AbortSignal) => Promise<T>,
): Thenable<T> {
	return vscode.window.withProgress(
		{ location: vscode.ProgressLocation.Notification, title, cancellable: true },
		(progress, token) => {
			const controller = new AbortController();
			const cancellation = token.onCancellationRequested(() => controller.abort());
			return task((message) => progress.report({ message }), controller.signal).finally(() => cancellation.dispose());
		},
	);
}

async function register(
	apis: PrerequisiteApis,
	plan: NonNullable<FixPlan['register']>,
	busy: BusyReporter,
): Promise<FixOutcome> {
	const title = vscode.l10n.t('Registering {0}', plan.namespace);
	const started = Date.now();
	const result = await withCancellableProgress(title, (report, abortSignal) =>
		registerAndWait(apis.providers, plan, {
			abortSignal,
			onState: (state) => {
				const message = vscode.l10n.t('Azure reports {0}', state);
				report(message);
				busy(`${title}: ${message}`);
			},
		}),
	);
	log.info(`${title}: ${result.kind} after ${Date.now() - started} ms`);
	switch (result.kind) {
		case 'registered':
			return done(vscode.l10n.t('{0} is registered.', plan.namespace));
		case 'timedOut':
			return done(
				vscode.l10n.t(
					'{0} is still {1}; Azure goes on registering it. Check again in a few minutes.',
					plan.namespace,
					result.state,
				),
			);
		case 'forbidden':
			return refused(
				result.missingPermission,
				vscode.l10n.t('Your account may not register resource providers in this subscription.'),
			);
		case 'failed':
			return failedWith(vscode.l10n.t('The registration failed: {0}', result.message));
	}
}

function describeAssignment(result: AssignmentResult): string {
	switch (result.outcome.kind) {
		case 'assigned':
			return vscode.l10n.t('Assigned {0}.', result.role.name);
		case 'alreadyAssigned':
			return vscode.l10n.t('{0} was assigned already.', result.role.name);
		case 'notAttempted':
			return vscode.l10n.t('{0} was not attempted.', result.role.name);
		case 'forbidden':
			return vscode.l10n.t('{0}: your account may not assign it.', result.role.name);
		case 'failed':
			return vscode.l10n.t('{0} could not be assigned: {1}', result.role.name, result.outcome.message);
	}
}

async function assign(
	apis: PrerequisiteApis,
	plan: NonNullable<FixPlan['assignRoles']>,
	busy: BusyReporter,
): Promise<FixOutcome> {
	const title = vscode.l10n.t('Assigning roles to {0}', plan.principalName);
	busy(title);
	const started = Date.now();
	const results = await withCancellableProgress(title, (report, abortSignal) =>
		assignRoles(apis.roleAssignments, plan, {
			abortSignal,
			onResult: (result) => report(describeAssignment(result)),
		}),
	);
	const outcomes = results.map((result) => `${result.role.name}: ${result.outcome.kind}`).join(', ');
	log.info(`${title} at ${plan.scope}: ${outcomes} after ${Date.now() - started} ms`);
	const changed = results.some((result) => result.outcome.kind === 'assigned');
	const messages = results.filter((result) => result.outcome.kind !== 'notAttempted').map(describeAssignment);
	const refusal = results.find((result) => result.outcome.kind === 'forbidden')?.outcome;
	if (refusal?.kind === 'forbidden') {
		return {
			...refused(
				refusal.missingPermission,
				vscode.l10n.t('Your account may not create role assignments in this subscription.'),
			),
			changed,
		};
	}
	const failure = results.find((result) => result.outcome.kind === 'failed');
	return {
		messages,
		missingPermission: undefined,
		failure: failure ? describeAssignment(failure) : undefined,
		changed,
	};
}

function done(message: string): FixOutcome {
	return { messages: [message], missingPermission: undefined, failure: undefined, changed: true };
}

function refused(missingPermission: string, message: string): FixOutcome {
	return { messages: [message], missingPermission, failure: undefined, changed: false };
}

function failedWith(message: string): FixOutcome {
	return { messages: [message], missingPermission: undefined, failure: message, changed: false };
}

/**
 * Runs the chosen fixes, registration first. They need different permissions, so a refused registration does
 * not stop the role assignments; a cancellation stops both.
 */
export async function runFixes(apis: PrerequisiteApis, plan: FixPlan, busy: BusyReporter): Promise<FixOutcome> {
	const outcomes: FixOutcome[] = [];
	if (plan.register) {
		outcomes.push(await register(apis, plan.register, busy));
	}
	if (plan.assignRoles) {
		outcomes.push(await assign(apis, plan.assignRoles, busy));
	}
	return {
		messages: outcomes.flatMap((outcome) => outcome.messages),
		missingPermission: outcomes.find((outcome) => outcome.missingPermission)?.missingPermission,
		failure: outcomes.find((outcome) => outcome.failure)?.failure,
		changed: outcomes.some((outcome) => outcome.changed),
	};
}
