import { localize } from './localize';
import type { ItemState, PrerequisiteReport, ReportItem, ReportSummary } from './prerequisiteModel';
import { standbyPoolNamespace } from './requiredRoles';

/** One line of the short checklist a form shows: a state and a few words. */
export interface ChecklistLine {
	readonly id: 'registration' | 'roles';
	readonly state: ItemState;
	readonly text: string;
}

/** The prerequisites in two lines, for a form; the full report is one command away. */
export interface PrerequisiteChecklist {
	readonly summary: ReportSummary | 'checking' | 'failed';
	readonly headline: string;
	readonly lines: readonly ChecklistLine[];
	/** True when the extension can fix something itself (with the user's consent). */
	readonly fixable: boolean;
}

/** What a form's checklist can ask for: fix what is missing, open the full report, or check again. */
export type ChecklistAction = 'fix' | 'details' | 'recheck';

export const checklistActions: readonly ChecklistAction[] = ['fix', 'details', 'recheck'];

export function checkingChecklist(): PrerequisiteChecklist {
	return { summary: 'checking', headline: localize('Checking the prerequisites...'), lines: [], fixable: false };
}

export function failedChecklist(reason: string): PrerequisiteChecklist {
	return {
		summary: 'failed',
		headline: localize('The prerequisites could not be checked: {0}', reason),
		lines: [],
		fixable: false,
	};
}

function registrationLine(item: ReportItem | undefined): ChecklistLine {
	const state = item?.state ?? 'unknown';
	const text = {
		ok: localize('{0} is registered', standbyPoolNamespace),
		missing: localize('{0} is not registered', standbyPoolNamespace),
		inProgress: localize('{0} is being registered', standbyPoolNamespace),
		unknown: item?.missingPermission
			? localize('Registration unknown: your account may not read it')
			: localize('Registration unknown: it could not be read'),
	}[state];
	return { id: 'registration', state, text };
}

function rolesLine(principal: ReportItem | undefined, roles: readonly ReportItem[]): ChecklistLine {
	if (principal && principal.state !== 'ok') {
		return { id: 'roles', state: principal.state, text: `${principal.title}: ${principal.detail}` };
	}
	const missing = roles.filter((role) => role.state === 'missing');
	const unknown = roles.filter((role) => role.state === 'unknown');
	if (missing.length > 0) {
		return {
			id: 'roles',
			state: 'missing',
			text: localize('Roles missing for the Standby Pool service: {0}', missing.map((role) => role.title).join(', ')),
		};
	}
	if (unknown.length > 0) {
		return {
			id: 'roles',
			state: 'unknown',
			text: unknown.some((role) => role.missingPermission)
				? localize('Roles unknown: your account may not read role assignments')
				: localize('Roles unknown: {0}', unknown[0]?.detail ?? ''),
		};
	}
	return {
		id: 'roles',
		state: 'ok',
		text: localize('The Standby Pool service has its {0} roles', roles.length),
	};
}

const headlines: Record<ReportSummary, string> = {
	ready: 'Prerequisites met',
	actionNeeded: 'Prerequisites missing: the pool would not fill',
	inProgress: 'Prerequisites almost met: registration in progress',
	incomplete: 'Some prerequisites could not be checked',
};

/** The short form of a report. */
export function checklistFor(report: PrerequisiteReport): PrerequisiteChecklist {
	const byKind = (kind: ReportItem['kind']): ReportItem[] => report.items.filter((item) => item.kind === kind);
	return {
		summary: report.summary,
		headline: localize(headlines[report.summary]),
		lines: [registrationLine(byKind('registration')[0]), rolesLine(byKind('principal')[0], byKind('role'))],
		fixable: report.plan.register !== undefined || report.plan.assignRoles !== undefined,
	};
}
