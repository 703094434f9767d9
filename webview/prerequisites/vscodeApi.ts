import type { ReportHostMessage, ReportWebviewMessage } from '../../src/features/prerequisites/protocol';

interface VsCodeApi {
	postMessage(message: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();

export function postToHost(message: ReportWebviewMessage): void {
	api.postMessage(message);
}

/** Calls `handler` for each state the host sends. The host is trusted; only the message's type is checked. */
export function onHostMessage(handler: (message: ReportHostMessage) => void): void {
	window.addEventListener('message', (event: MessageEvent<unknown>) => {
		const data = event.data as { type?: unknown } | null;
		if (typeof data === 'object' && data !== null && data.type === 'state') {
			handler(data as ReportHostMessage);
		}
	});
}
