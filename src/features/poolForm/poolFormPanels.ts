import * as vscode from 'vscode';
import { PoolFormController, type PoolFormDependencies } from './poolFormController';
import type { FormTarget, PoolFormValues } from './poolFormModel';
import { isPersistedFormState, parseWebviewMessage, poolFormViewType } from './protocol';
import { createNonce, renderPoolFormHtml } from './webviewHtml';
import { parseResourceId } from '../../core/azure/resourceId';
import { runWithErrorHandling } from '../../core/commandRunner';
import { getLogger } from '../../core/log';

const log = getLogger('poolForm');

export function formTitle(target: FormTarget): string {
	const id = target.mode === 'create' ? target.scaleSetId : target.poolId;
	const name = parseResourceId(id)?.name ?? id;
	return target.mode === 'create'
		? vscode.l10n.t('Create Standby Pool: {0}', name)
		: vscode.l10n.t('Edit Standby Pool: {0}', name);
}

function targetKey(target: FormTarget): string {
	return `${target.mode}:${(target.mode === 'create' ? target.scaleSetId : target.poolId).toLowerCase()}`;
}

/** The open pool forms: one panel per scale set (create) or pool (edit), revealed again when asked twice. */
export class PoolFormPanels {
	private readonly panels = new Map<string, vscode.WebviewPanel>();
	private readonly webviewRoot: vscode.Uri;

	constructor(
		extensionUri: vscode.Uri,
		private readonly dependencies: PoolFormDependencies,
	) {
		this.webviewRoot = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
	}

	show(target: FormTarget, values?: PoolFormValues): vscode.WebviewPanel {
		const existing = this.panels.get(targetKey(target));
		if (existing) {
			existing.reveal();
			return existing;
		}
		const panel = vscode.window.createWebviewPanel(poolFormViewType, formTitle(target), vscode.ViewColumn.Active);
		this.attach(panel, target, values);
		return panel;
	}

	/** Brings back a form after a window reload, with what the user had typed (kept by the webview's setState). */
	restore(panel: vscode.WebviewPanel, state: unknown): void {
		if (!isPersistedFormState(state)) {
			log.warn('Closed a restored pool form whose saved state is not valid');
			panel.dispose();
			return;
		}
		const existing = this.panels.get(targetKey(state.target));
		if (existing) {
			panel.dispose();
			existing.reveal();
			return;
		}
		this.attach(panel, state.target, state.values);
	}

	private attach(panel: vscode.WebviewPanel, target: FormTarget, values: PoolFormValues | undefined): void {
		const key = targetKey(target);
		const title = formTitle(target);
		panel.title = title;
		panel.webview.options = { enableScripts: true, localResourceRoots: [this.webviewRoot] };
		panel.webview.html = this.html(panel.webview, title);

		let disposed = false;
		// A load or submission may finish after the user closed the tab (the host learns of it a moment
		// later); its messages then have nowhere to go, which is not an error.
		const view = {
			post: async (message: unknown): Promise<boolean> =>
				!disposed && (await Promise.resolve(panel.webview.postMessage(message)).catch(() => false)),
			close: () => panel.dispose(),
		};
		const controller = new PoolFormController(this.dependencies, target, view, values);
		const receiving = panel.webview.onDidReceiveMessage((raw: unknown) => {
			const parsed = parseWebviewMessage(raw);
			if (!parsed.message) {
				log.warn(`Dropped a malformed message from the pool form: ${parsed.problem}`);
				return;
			}
			const message = parsed.message;
			void runWithErrorHandling(vscode.l10n.t('Pool form'), () => controller.handle(message));
		});
		panel.onDidDispose(() => {
			disposed = true;
			receiving.dispose();
			if (this.panels.get(key) === panel) {
				this.panels.delete(key);
			}
			// A disposed panel throws on every property read, its title included.
			void this.offerReopen(controller, title);
		});
		this.panels.set(key, panel);
	}

	/** A tab closed with unsaved input cannot be stopped; the next best thing is to offer it back. */
	private async offerReopen(controller: PoolFormController, title: string): Promise<void> {
		const values = await controller.unsavedValues();
		if (!values) {
			return;
		}
		const reopen = vscode.l10n.t('Reopen');
		const choice = await vscode.window.showInformationMessage(
			vscode.l10n.t('"{0}" was closed with unsaved changes.', title),
			reopen,
		);
		if (choice === reopen) {
			this.show(controller.target, values);
		}
	}

	private html(webview: vscode.Webview, title: string): string {
		const uri = (...segments: string[]): string =>
			webview.asWebviewUri(vscode.Uri.joinPath(this.webviewRoot, ...segments)).toString();
		return renderPoolFormHtml({
			cspSource: webview.cspSource,
			nonce: createNonce(),
			scriptUri: uri('poolForm.js'),
			styleUri: uri('poolForm.css'),
			codiconUri: uri('codicons', 'codicon.css'),
			title,
			language: vscode.env.language,
		});
	}
}
