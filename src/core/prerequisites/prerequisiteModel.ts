/**
 * The prerequisites check: what it is about, what it found, and what it reports. Plain data, shared by the
 * extension host, the report webview and the pool form's checklist; nothing here imports `vscode`.
 */
import type { RoleAssignment, ServicePrincipal } from '../azure/accessModels';
import type { RequiredRole } from './requiredRoles';

/** What a check is about: a subscription, or the scale set a pool serves (or will serve). */
export interface CheckTarget {
	readonly kind: 'subscription' | 'scaleSet' | 'pool';
	readonly subscriptionId: string;
	/** The subscription's display name, or the scale set's or pool's name. */
	readonly label: string;
	/** The subscription scope, or the scale set's or pool's ARM id. */
	readonly resourceId: string;
	/** The scale set the roles must reach; undefined for a subscription (or a pool without one). */
	readonly scaleSetId: string | undefined;
	/**
	 * Names of the scale sets whose image comes from an Azure Compute Gallery, which makes two more roles
	 * necessary; undefined when that could not be found out.
	 */
	readonly galleryImageScaleSets: readonly string[] | undefined;
}

/** Why a request of the check did not give an answer. */
export interface RequestFailure {
	readonly status: number | undefined;
	readonly code: string;
	readonly message: string;
	/** For a 403: the permission the signed-in account lacks, as Azure names it (or as the request needs it). */
	readonly missingPermission: string | undefined;
}

export type Outcome<T> =
	{ readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: RequestFailure };

/** What the check read from Azure, before any judgement. */
export interface PrerequisiteFacts {
	readonly target: CheckTarget;
	/** `Registered`, `NotRegistered`, `Registering`... */
	readonly registration: Outcome<string>;
	/** The service principal; undefined when the directory has none by that name. */
	readonly principal: Outcome<ServicePrincipal | undefined>;
	/** The principal's role assignments; undefined when they could not be asked for (no principal). */
	readonly assignments: Outcome<readonly RoleAssignment[]> | undefined;
}

export type ItemState = 'ok' | 'missing' | 'inProgress' | 'unknown';

export interface ReportItem {
	/** `registration`, `principal` or `role:<role GUID>`. */
	readonly id: string;
	readonly kind: 'registration' | 'principal' | 'role';
	readonly title: string;
	readonly state: ItemState;
	/** One or two sentences for the user. */
	readonly detail: string;
	/** Set when the answer is unknown because the signed-in account may not read it (403). */
	readonly missingPermission?: string;
}

/** The fixes the extension can make itself, with the user's consent. */
export interface FixPlan {
	readonly register: { readonly subscriptionId: string; readonly namespace: string } | undefined;
	readonly assignRoles:
		| {
				readonly scope: string;
				readonly principalId: string;
				readonly principalName: string;
				readonly roles: readonly RequiredRole[];
		  }
		| undefined;
}

/** `ready`: nothing to do; `actionNeeded`: something is missing; `incomplete`: something could not be read. */
export type ReportSummary = 'ready' | 'actionNeeded' | 'inProgress' | 'incomplete';

export interface PrerequisiteReport {
	readonly target: CheckTarget;
	readonly summary: ReportSummary;
	readonly items: readonly ReportItem[];
	readonly plan: FixPlan;
	/** Things the user should know that are not items, e.g. that gallery roles were not checked. */
	readonly notes: readonly string[];
	/** Azure CLI (bash) commands an administrator can run to fix what is missing or could not be read. */
	readonly cliCommands: string;
	/** When the check finished, as an ISO time. */
	readonly checkedAt: string;
}
