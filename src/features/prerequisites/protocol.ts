import type { PrerequisiteReport } from '../../core/prerequisites/prerequisiteModel';

/**
 * The messages between the prerequisites report's webview and the extension host, shared by both sides.
 * The host keeps the whole state and sends it after every change; the webview only draws it and asks for
 * actions. The host checks every inbound message with `parseReportMessage` and drops what does not fit.
 */

export const reportViewType = 'standbyPools.prerequisites';

export type BannerKind = 'info' | 'success' | 'warning' | 'error';

export interface Banner {
	readonly kind: BannerKind;
	readonly text: string;
	/** Show the Azure CLI commands next to the banner: the account may not fix this itself. */
	readonly showCommands: boolean;
}

export interface ReportViewState {
	/** What the report is about, e.g. "web-vmss (scale set)". */
	readonly title: string;
	readonly report: PrerequisiteReport | undefined;
	/** What runs now ("Registering..."); the buttons are disabled meanwhile. */
	readonly busy: string | undefined;
	readonly banner: Banner | undefined;
}

/** Host to webview. */
export type ReportHostMessage = {
	readonly type: 'state';
	readonly state: ReportViewState;
	readonly strings: Readonly<Record<string, string>> | undefined;
};

export const reportActions = ['recheck', 'register', 'assignRoles', 'copyCommands', 'openCommands'] as const;
export type ReportAction = (typeof reportActions)[number];

/** Webview to host. */
export type ReportWebviewMessage =
	{ readonly type: 'ready' } | { readonly type: 'action'; readonly action: ReportAction };

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasExactKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
	const actual = Object.keys(value);
	return actual.length === keys.length && keys.every((key) => Object.prototype.hasOwnProperty.call(value, key));
}

export type ParsedReportMessage =
	| { readonly message: ReportWebviewMessage; readonly problem?: undefined }
	| { readonly message?: undefined; readonly problem: string };

/** Checks a message from the webview; the problem says why it was refused, for the log. */
export function parseReportMessage(raw: unknown): ParsedReportMessage {
	if (!isRecord(raw) || typeof raw.type !== 'string') {
		return { problem: 'not an object with a string "type"' };
	}
	if (raw.type === 'ready') {
		return hasExactKeys(raw, ['type']) ? { message: { type: 'ready' } } : { problem: '"ready": unexpected fields' };
	}
	if (raw.type === 'action') {
		const action = raw.action;
		return hasExactKeys(raw, ['type', 'action']) && (reportActions as readonly unknown[]).includes(action)
			? { message: { type: 'action', action: action as ReportAction } }
			: { problem: '"action": unknown or malformed action' };
	}
	return { problem: `"${raw.type.slice(0, 40)}": unknown message type` };
}
