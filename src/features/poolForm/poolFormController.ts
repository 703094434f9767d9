import * as vscode from 'vscode';
import { equivalentCommand, formatLabel, type CommandFormat } from './equivalentCommands';
import { loadPoolForm, type LoadedForm } from './poolFormLoader';
import { submitPoolForm, type SubmitOutcome } from './poolFormSubmit';
import { sameValues, type FormTarget, type PoolFormValues } from './poolFormModel';
import { poolRequestFor } from './poolRequests';
import type { HostMessage, WebviewMessage } from './protocol';
import { validatePoolForm } from './validation';
import type { AzureSessions } from '../../core/azure/azureSessions';
import type { AzureSession } from '../../core/azure/standbyPoolApi';
import { parseResourceId } from '../../core/azure/resourceId';
import { standbyPoolApiVersion } from '../../core/azure/standbyPoolModels';
import { getLogger } from '../../core/log';
import { checkingChecklist, type ChecklistAction } from '../../core/prerequisites/checklist';
import { checklistForScaleSet, runChecklistAction } from '../../core/prerequisites/formChecklist';
import type { ResourceChanges } from '../../core/resourceChanges';

const log = getLogger('poolForm');

/** The api-version the session's pool client sends, which decides the fields the form offers. */
function apiVersionOf(session: AzureSession): string {
	return session.pools.apiVersion ?? standbyPoolApiVersion;
}

export interface PoolFormDependencies {
	readonly sessions: AzureSessions;
	readonly changes: ResourceChanges;
}

/** The form's way back to its webview; a panel in the extension, a recorder in tests. */
export interface PoolFormView {
	post(message: HostMessage): Thenable<boolean>;
	close(): void;
}

/**
 * The host side of one pool form: answers the webview's messages (already validated by the panel),
 * loads what the form needs, and sends the request when the user submits.
 */
export class PoolFormController {
	private loading: Promise<LoadedForm | undefined> | undefined;
	private latestValues: PoolFormValues | undefined;
	private busy = false;
	/** True once the form was saved or deliberately discarded: closing it then loses nothing. */
	private finished = false;

	constructor(
		private readonly dependencies: PoolFormDependencies,
		readonly target: FormTarget,
		private readonly view: PoolFormView,
		restoredValues?: PoolFormValues,
	) {
		this.latestValues = restoredValues;
	}

	/** What the user typed and did not save, if anything; undefined once saved or discarded. */
	async unsavedValues(): Promise<PoolFormValues | undefined> {
		const loaded = await this.loading;
		if (this.finished || !this.latestValues || (loaded && sameValues(this.latestValues, loaded.initialValues))) {
			return undefined;
		}
		return this.latestValues;
	}

	async handle(message: WebviewMessage): Promise<void> {
		switch (message.type) {
			case 'ready':
				return this.sendInit();
			case 'valuesChanged':
				this.latestValues = message.values;
				return;
			case 'submit':
				this.latestValues = message.values;
				return this.submit(message.values);
			case 'cancel':
				return this.cancel();
			case 'commandAction':
				return this.commandAction(message.action, message.format, message.values);
			case 'prerequisitesAction':
				return this.prerequisitesAction(message.action);
		}
	}

	private async sendInit(): Promise<void> {
		const loaded = await this.ensureLoaded();
		if (loaded) {
			const values = this.latestValues ?? loaded.initialValues;
			await this.view.post({ type: 'init', context: loaded.context, values, strings: vscode.l10n.bundle });
			void this.checkPrerequisites();
		}
	}

	/** The prerequisites checklist of a create form: in the background, never prompting, never failing the form. */
	private async checkPrerequisites(): Promise<void> {
		if (this.target.mode === 'create') {
			await this.view.post({ type: 'prerequisites', checklist: checkingChecklist() });
			const checklist = await checklistForScaleSet(this.dependencies.sessions, this.target.scaleSetId);
			await this.view.post({ type: 'prerequisites', checklist });
		}
	}

	private async prerequisitesAction(action: ChecklistAction): Promise<void> {
		if (this.target.mode === 'create') {
			const checklist = await runChecklistAction(this.dependencies.sessions, action, this.target.scaleSetId);
			if (checklist) {
				await this.view.post({ type: 'prerequisites', checklist });
			}
		}
	}

	/** Loads once; a failed load is forgotten so that the next `ready` (the webview's Retry) tries again. */
	private ensureLoaded(): Promise<LoadedForm | undefined> {
		if (!this.loading) {
			const loading = this.load();
			this.loading = loading;
			void loading.then((loaded) => {
				if (!loaded && this.loading === loading) {
					this.loading = undefined;
				}
			});
		}
		return this.loading;
	}

	private async load(): Promise<LoadedForm | undefined> {
		try {
			const session = await this.dependencies.sessions.getSession({ signIn: true });
			if (!session) {
				await this.view.post({ type: 'loadFailed', message: vscode.l10n.t('Sign in to Azure to use this form.') });
				return undefined;
			}
			return await loadPoolForm(session, this.target, apiVersionOf(session), (line) => log.warn(line));
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			log.error(`Could not load the pool form: ${message}`);
			await this.view.post({ type: 'loadFailed', message });
			return undefined;
		}
	}

	private async submit(values: PoolFormValues): Promise<void> {
		const loaded = await this.loading;
		if (!loaded || this.busy) {
			log.debug(loaded ? 'Ignored a second submission while one is running' : 'Ignored a submission before load');
			return;
		}
		this.busy = true;
		try {
			const session = await this.dependencies.sessions.getSession({ signIn: true });
			if (!session) {
				await this.view.post({ type: 'loadFailed', message: vscode.l10n.t('Sign in to Azure to use this form.') });
				return;
			}
			if (apiVersionOf(session) !== loaded.context.apiVersion) {
				await this.reloadForApiVersion(apiVersionOf(session));
				return;
			}
			const name = loaded.context.originalValues?.name ?? values.name;
			const title =
				this.target.mode === 'create'
					? vscode.l10n.t('Creating standby pool {0}', name)
					: vscode.l10n.t('Saving standby pool {0}', name);
			await this.view.post({ type: 'progress', message: vscode.l10n.t('{0}: sending the request...', title) });
			const started = Date.now();
			const outcome = await vscode.window.withProgress(
				{ location: vscode.ProgressLocation.Notification, title },
				(progress) =>
					submitPoolForm(session, loaded.context, values, (status) => {
						const message = vscode.l10n.t('Azure reports {0}', status);
						progress.report({ message });
						void this.view.post({ type: 'progress', message: `${title}: ${message}` });
					}),
			);
			log.info(`${title}: ${outcome.kind} after ${Date.now() - started} ms`);
			await this.report(outcome, name);
		} finally {
			this.busy = false;
		}
	}

	/**
	 * The api-version setting changed while the form was open: the fields it shows may no longer exist. The form
	 * is built again for the new version with what the user typed, and nothing is sent until they submit again.
	 */
	private async reloadForApiVersion(apiVersion: string): Promise<void> {
		log.info(`The api-version changed to ${apiVersion} while a form was open; the form is rebuilt for it`);
		this.loading = undefined;
		await this.sendInit();
		await this.view.post({
			type: 'notice',
			message: vscode.l10n.t(
				'The form now uses api-version {0}, as the setting says. Nothing was sent: check the fields and submit again.',
				apiVersion,
			),
		});
	}

	private async report(outcome: SubmitOutcome, name: string): Promise<void> {
		switch (outcome.kind) {
			case 'invalid':
				await this.view.post({ type: 'validation', errors: outcome.errors });
				return;
			case 'unchanged':
				await this.view.post({ type: 'notice', message: vscode.l10n.t('Nothing changed, so nothing was sent.') });
				return;
			case 'succeeded': {
				this.announceChange(outcome.poolId);
				this.finished = true;
				const message =
					this.target.mode === 'create'
						? vscode.l10n.t('Created standby pool {0}.', name)
						: vscode.l10n.t('Saved standby pool {0}.', name);
				await this.view.post({ type: 'operationSucceeded', message });
				void vscode.window.showInformationMessage(message);
				this.view.close();
				return;
			}
			case 'failed':
				this.announceChange(outcome.poolId);
				log.warn(`${name}: ${outcome.code ?? 'error'}: ${outcome.message}`);
				await this.view.post({
					type: 'operationFailed',
					message: outcome.message,
					code: outcome.code,
					field: outcome.field,
				});
				return;
		}
	}

	/** The tree refreshes after every attempt: a failed create may still have left a pool behind. */
	private announceChange(poolId: string): void {
		this.dependencies.changes.fire({ resourceId: poolId, subscriptionId: parseResourceId(poolId)?.subscriptionId });
	}

	/**
	 * VS Code gives an extension no way to keep a webview panel open when the user closes its tab, so only
	 * the form's own Cancel button can ask before discarding; the tab's close button is covered by the
	 * "Reopen" offer the panel makes afterwards.
	 */
	private async cancel(): Promise<void> {
		if (await this.unsavedValues()) {
			const discard = vscode.l10n.t('Discard');
			const choice = await vscode.window.showWarningMessage(
				vscode.l10n.t('Discard the changes in this form?'),
				{ modal: true },
				discard,
			);
			if (choice !== discard) {
				return;
			}
		}
		this.finished = true;
		this.view.close();
	}

	private async commandAction(action: 'copy' | 'open', format: CommandFormat, values: PoolFormValues): Promise<void> {
		const loaded = await this.loading;
		if (!loaded || !validatePoolForm(values, loaded.context).valid) {
			await this.view.post({ type: 'notice', message: vscode.l10n.t('Fix the highlighted fields first.') });
			return;
		}
		const command = equivalentCommand(poolRequestFor(values, loaded.context), format);
		if (action === 'copy') {
			await vscode.env.clipboard.writeText(command.text);
			await this.view.post({
				type: 'notice',
				message: vscode.l10n.t('{0}: copied to the clipboard.', formatLabel(format)),
			});
			return;
		}
		const languages = await vscode.languages.getLanguages();
		const language = languages.includes(command.language) ? command.language : 'plaintext';
		const document = await vscode.workspace.openTextDocument({ content: command.text, language });
		await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
	}
}
