import * as vscode from 'vscode';
import { runWithErrorHandling } from '../../core/commandRunner';
import { getLogger } from '../../core/log';
import type { TargetRequest } from '../../core/prerequisites/checkTarget';
import type { PrerequisiteReport } from '../../core/prerequisites/prerequisiteModel';
import { parseReportMessage, reportViewType } from './protocol';
import { ReportController, type PrerequisitesDependencies } from './reportController';
import { targetKey, targetName } from './targetArgument';
import { createNonce, renderReportHtml } from './webviewHtml';

const log = getLogger('prerequisites');

interface OpenReport {
	readonly panel: vscode.WebviewPanel;
	readonly controller: ReportController;
}

/** The open prerequisites reports: one panel per subscription, scale set or pool, revealed when asked again. */
export class ReportPanels implements vscode.Disposable {
	private readonly open = new Map<string, OpenReport>();
	private readonly webviewRoot: vscode.Uri;

	constructor(
		extensionUri: vscode.Uri,
		private readonly dependencies: PrerequisitesDependencies,
	) {
		this.webviewRoot = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
	}

	/** Shows the report (checking again when it was open) and resolves with the first or new report. */
	async show(request: TargetRequest): Promise<PrerequisiteReport | undefined> {
		const key = targetKey(request);
		const existing = this.open.get(key);
		if (existing) {
			existing.panel.reveal();
			return existing.controller.check();
		}
		const title = vscode.l10n.t('Prerequisites: {0}', targetName(request));
		const panel = vscode.window.createWebviewPanel(reportViewType, title, vscode.ViewColumn.Active, {
			enableScripts: true,
			localResourceRoots: [this.webviewRoot],
		});
		panel.webview.html = this.html(panel.webview, title);

		let disposed = false;
		const view = {
			post: async (message: unknown): Promise<boolean> =>
				!disposed && (await Promise.resolve(panel.webview.postMessage(message)).catch(() => false)),
		};
		const controller = new ReportController(this.dependencies, request, view, title);
		const receiving = panel.webview.onDidReceiveMessage((raw: unknown) => {
			const parsed = parseReportMessage(raw);
			if (!parsed.message) {
				log.warn(`Dropped a malformed message from the prerequisites report: ${parsed.problem}`);
				return;
			}
			const message = parsed.message;
			void runWithErrorHandling(vscode.l10n.t('Prerequisites report'), () => controller.handle(message));
		});
		panel.onDidDispose(() => {
			disposed = true;
			receiving.dispose();
			if (this.open.get(key)?.panel === panel) {
				this.open.delete(key);
			}
		});
		this.open.set(key, { panel, controller });
		return controller.firstReport();
	}

	private html(webview: vscode.Webview, title: string): string {
		const uri = (...segments: string[]): string =>
			webview.asWebviewUri(vscode.Uri.joinPath(this.webviewRoot, ...segments)).toString();
		return renderReportHtml({
			cspSource: webview.cspSource,
			nonce: createNonce(),
			scriptUri: uri('prerequisites.js'),
			styleUri: uri('prerequisites.css'),
			codiconUri: uri('codicons', 'codicon.css'),
			title,
			language: vscode.env.language,
		});
	}

	dispose(): void {
		for (const { panel } of [...this.open.values()]) {
			panel.dispose();
		}
	}
}
