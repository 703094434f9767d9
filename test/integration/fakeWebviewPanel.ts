import * as vscode from 'vscode';
import { stubWindow } from './explorerHelpers';

/**
 * A webview panel that records what the extension does with it, so that a test can read the page the
 * extension wrote and play the webview: send it any message, well-formed or not.
 */
export class FakeWebviewPanel {
	readonly posted: unknown[] = [];
	readonly viewType: string;
	title: string;
	disposed = false;
	private readonly receivers: ((message: unknown) => unknown)[] = [];
	private readonly disposeListeners: (() => unknown)[] = [];

	/** What the extension sees as `panel.webview`. */
	readonly webview: {
		readonly cspSource: string;
		html: string;
		options: vscode.WebviewOptions;
		asWebviewUri(uri: vscode.Uri): vscode.Uri;
		postMessage(message: unknown): Promise<boolean>;
		onDidReceiveMessage(listener: (message: unknown) => unknown): vscode.Disposable;
	};

	constructor(viewType: string, title: string) {
		this.viewType = viewType;
		this.title = title;
		const state = { html: '', options: {} as vscode.WebviewOptions };
		this.webview = {
			cspSource: 'https://fake-webview.vscode-cdn.net',
			get html() {
				return state.html;
			},
			set html(value: string) {
				state.html = value;
			},
			get options() {
				return state.options;
			},
			set options(value: vscode.WebviewOptions) {
				state.options = value;
			},
			asWebviewUri: (uri) => uri.with({ scheme: 'https', authority: 'fake-webview.vscode-cdn.net' }),
			postMessage: async (message) => {
				this.posted.push(message);
				return !this.disposed;
			},
			onDidReceiveMessage: (listener) => {
				this.receivers.push(listener);
				return new vscode.Disposable(() => this.receivers.splice(this.receivers.indexOf(listener), 1));
			},
		};
	}

	/** Sends a message as the webview's script would, and lets the extension handle it. */
	async receive(message: unknown): Promise<void> {
		for (const receiver of [...this.receivers]) {
			receiver(message);
		}
		await new Promise((resolve) => setTimeout(resolve, 20));
	}

	/** Waits until the extension has posted nothing new for `quietMs`: what it loads by itself has arrived. */
	async settle(quietMs = 400, timeoutMs = 10_000): Promise<void> {
		const deadline = Date.now() + timeoutMs;
		let count = -1;
		while (count !== this.posted.length && Date.now() < deadline) {
			count = this.posted.length;
			await new Promise((resolve) => setTimeout(resolve, quietMs));
		}
	}

	onDidDispose(listener: () => unknown): vscode.Disposable {
		this.disposeListeners.push(listener);
		return new vscode.Disposable(() => undefined);
	}

	onDidChangeViewState(): vscode.Disposable {
		return new vscode.Disposable(() => undefined);
	}

	reveal(): void {
		// Nothing to show: the panel only exists in the test.
	}

	dispose(): void {
		if (!this.disposed) {
			this.disposed = true;
			for (const listener of this.disposeListeners) {
				listener();
			}
		}
	}
}

/** While active, every `vscode.window.createWebviewPanel` call creates a FakeWebviewPanel instead. */
export function fakeWebviewPanels(): { panels: FakeWebviewPanel[]; restore: vscode.Disposable } {
	const panels: FakeWebviewPanel[] = [];
	const restore = stubWindow(
		'createWebviewPanel',
		(viewType: string, title: string, _column: unknown, options?: vscode.WebviewOptions) => {
			const panel = new FakeWebviewPanel(viewType, title);
			if (options) {
				panel.webview.options = options;
			}
			panels.push(panel);
			return panel;
		},
	);
	return { panels, restore };
}
