import * as vscode from 'vscode';
import type { AzureSessions } from '../../core/azure/azureSessions';
import type { AzureSession } from '../../core/azure/standbyPoolApi';
import { describeError } from '../../core/commandRunner';
import { getLogger } from '../../core/log';
import type { TargetRequest } from '../../core/prerequisites/checkTarget';
import type { PrerequisiteReport } from '../../core/prerequisites/prerequisiteModel';
import { standbyPoolNamespace } from '../../core/prerequisites/requiredRoles';
import { recheckPrerequisites, runPrerequisiteCheck } from '../../core/prerequisites/runCheck';
import type { ResourceChanges } from '../../core/resourceChanges';
import { fixAndRecheck, outcomeText } from './fixFlow';
import type { FixChoice } from './fixConfirmation';
import type { Banner, ReportAction, ReportHostMessage, ReportViewState, ReportWebviewMessage } from './protocol';

const log = getLogger('prerequisites');

export interface PrerequisitesDependencies {
	readonly sessions: AzureSessions;
	readonly changes: ResourceChanges;
}

/** The controller's way back to its webview: a panel in the extension, a recorder in tests. */
export interface ReportView {
	post(message: ReportHostMessage): Thenable<boolean>;
}

/** A banner for what a report says besides its items: above all, that the account may not read or fix it. */
export function bannerFor(report: PrerequisiteReport): Banner | undefined {
	const forbidden = report.items.filter((item) => item.missingPermission);
	if (forbidden.length > 0) {
		const permissions = [...new Set(forbidden.map((item) => item.missingPermission))].join(', ');
		return {
			kind: 'warning',
			text: vscode.l10n.t(
				'Your account may not read everything this check needs (missing: {0}). An administrator can run the Azure CLI commands below.',
				permissions,
			),
			showCommands: true,
		};
	}
	return undefined;
}

/** The report while Azure registers the provider: its registration item shows the work under way. */
function registering(report: PrerequisiteReport): PrerequisiteReport {
	return {
		...report,
		items: report.items.map((item) =>
			item.kind === 'registration'
				? { ...item, state: 'inProgress', detail: vscode.l10n.t('Registering {0}...', standbyPoolNamespace) }
				: item,
		),
	};
}

/**
 * The host side of one prerequisites report: runs the check, answers the webview's buttons (register, assign
 * the missing roles, copy or open the Azure CLI commands, check again) and sends the whole state after each step.
 */
export class ReportController {
	private state: ReportViewState;
	private running = false;
	private firstCheck: Promise<PrerequisiteReport | undefined> | undefined;

	constructor(
		private readonly dependencies: PrerequisitesDependencies,
		private request: TargetRequest,
		private readonly view: ReportView,
		title: string,
	) {
		this.state = { title, report: undefined, busy: undefined, banner: undefined };
	}

	get report(): PrerequisiteReport | undefined {
		return this.state.report;
	}

	/** The first check's report, once; what the command returns to its caller. */
	firstReport(): Promise<PrerequisiteReport | undefined> {
		this.firstCheck ??= this.check();
		return this.firstCheck;
	}

	async handle(message: ReportWebviewMessage): Promise<void> {
		if (message.type === 'ready') {
			await this.post();
			await this.firstReport();
			return;
		}
		await this.act(message.action);
	}

	private async act(action: ReportAction): Promise<void> {
		switch (action) {
			case 'recheck':
				await this.check();
				return;
			case 'register':
			case 'assignRoles':
				await this.fix(action);
				return;
			case 'copyCommands':
				await vscode.env.clipboard.writeText(this.state.report?.cliCommands ?? '');
				void vscode.window.showInformationMessage(vscode.l10n.t('Azure CLI commands copied to the clipboard.'));
				return;
			case 'openCommands': {
				const content = this.state.report?.cliCommands ?? '';
				const document = await vscode.workspace.openTextDocument({ content, language: 'shellscript' });
				await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
				return;
			}
		}
	}

	/** Checks (again), asking for consent to Microsoft Graph if needed: the user asked for this check. */
	async check(): Promise<PrerequisiteReport | undefined> {
		return this.exclusive(vscode.l10n.t('Checking the prerequisites...'), async (session) => {
			const started = Date.now();
			const report = this.state.report
				? await recheckPrerequisites(session, this.state.report.target, { interactive: true })
				: await runPrerequisiteCheck(session, this.request, { interactive: true });
			log.info(`Checked ${report.target.resourceId}: ${report.summary} in ${Date.now() - started} ms`);
			this.request = { kind: 'resourceId', id: report.target.resourceId };
			await this.update({ report, banner: bannerFor(report) });
			return report;
		});
	}

	private async fix(choice: FixChoice): Promise<void> {
		const report = this.state.report;
		if (!report) {
			return;
		}
		await this.exclusive(vscode.l10n.t('Fixing...'), async (session) => {
			const result = await fixAndRecheck(
				session,
				this.dependencies.changes,
				report,
				choice,
				(busy) => void this.update({ busy }),
				(plan) => {
					if (plan.register) {
						void this.update({ report: registering(report), banner: undefined });
					}
				},
			);
			if (!result) {
				return undefined;
			}
			const { outcome } = result;
			const kind = outcome.missingPermission || outcome.failure ? 'error' : 'success';
			await this.update({
				report: result.report,
				banner: { kind, text: outcomeText(outcome, 'below'), showCommands: outcome.missingPermission !== undefined },
			});
			return result.report;
		});
	}

	/** One step at a time; its failure becomes the banner rather than a notification. */
	private async exclusive<T>(
		busy: string,
		step: (session: AzureSession) => Promise<T | undefined>,
	): Promise<T | undefined> {
		if (this.running) {
			log.debug('Ignored an action while another one runs');
			return undefined;
		}
		this.running = true;
		await this.update({ busy });
		try {
			const session = await this.dependencies.sessions.getSession({ signIn: true });
			if (!session) {
				await this.update({
					banner: {
						kind: 'error',
						text: vscode.l10n.t('Sign in to Azure to check the prerequisites.'),
						showCommands: false,
					},
				});
				return undefined;
			}
			return await step(session);
		} catch (error) {
			const cancelled = error instanceof Error && error.name === 'AbortError';
			log[cancelled ? 'info' : 'error'](`Prerequisites: ${describeError(error)}`);
			const banner: Banner = cancelled
				? {
						kind: 'info',
						text: vscode.l10n.t('Stopped. What Azure started goes on; check again later.'),
						showCommands: false,
					}
				: { kind: 'error', text: describeError(error), showCommands: false };
			await this.update({ banner });
			return undefined;
		} finally {
			this.running = false;
			await this.update({ busy: undefined });
		}
	}

	private async update(change: Partial<ReportViewState>): Promise<void> {
		this.state = { ...this.state, ...change };
		await this.post();
	}

	private async post(): Promise<void> {
		await this.view.post({ type: 'state', state: this.state, strings: vscode.l10n.bundle });
	}
}
