import {
	isPersistedFormState,
	type HostMessage,
	type PersistedFormState,
	type WebviewMessage,
} from '../../src/features/poolForm/protocol';

interface VsCodeApi {
	postMessage(message: unknown): void;
	getState(): unknown;
	setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();

export function postToHost(message: WebviewMessage): void {
	api.postMessage(message);
}

/** What this webview saved before it was hidden or the window reloaded, if it is still readable. */
export function savedState(): PersistedFormState | undefined {
	const state = api.getState();
	return isPersistedFormState(state) ? state : undefined;
}

export function saveState(state: PersistedFormState): void {
	api.setState(state);
}

/** Calls `handler` for each message from the host. The host is trusted; only the shape's `type` is checked. */
export function onHostMessage(handler: (message: HostMessage) => void): void {
	window.addEventListener('message', (event: MessageEvent<unknown>) => {
		const data = event.data;
		if (typeof data === 'object' && data !== null && typeof (data as { type?: unknown }).type === 'string') {
			handler(data as HostMessage);
		}
	});
}
