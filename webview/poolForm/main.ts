import '@vscode-elements/elements/dist/vscode-button/index.js';
import type { CommandFormat } from '../../src/features/poolForm/equivalentCommands/model';
import { localize, setLocalizedStrings } from '../../src/features/poolForm/localize';
import {
	percentFields,
	type FormTarget,
	type PoolFormContext,
	type PoolFormValues,
} from '../../src/features/poolForm/poolFormModel';
import { poolRequestFor } from '../../src/features/poolForm/poolRequests';
import type { HostMessage } from '../../src/features/poolForm/protocol';
import { fieldIds, validatePoolForm, type FieldId, type FieldMessages } from '../../src/features/poolForm/validation';
import { byId, element } from './dom';
import { FormView } from './formView';
import { PrerequisitesSection } from './prerequisitesSection';
import { onHostMessage, postToHost, savedState, saveState } from './vscodeApi';

/**
 * The pool form in the webview: it validates as the user types, keeps every keystroke with setState,
 * and talks to the extension host only through the messages in protocol.ts. It never talks to Azure.
 */

interface FormSession {
	readonly context: PoolFormContext;
	readonly view: FormView;
	/** Fields the user has changed: their errors show while typing; the others wait for a submit. */
	readonly touched: Set<FieldId | 'dynamicSizingEnabled'>;
	/** Errors Azure reported, shown until the field is edited again. */
	serverErrors: FieldMessages;
	showAll: boolean;
	busy: boolean;
}

let session: FormSession | undefined;
let prerequisites: PrerequisitesSection | undefined;

function sameTarget(left: FormTarget, right: FormTarget): boolean {
	const id = (target: FormTarget): string =>
		(target.mode === 'create' ? target.scaleSetId : target.poolId).toLowerCase();
	return left.mode === right.mode && id(left) === id(right);
}

function start(context: PoolFormContext, hostValues: PoolFormValues): void {
	const saved = savedState();
	const restored = saved !== undefined && sameTarget(saved.target, context.target);
	const view = new FormView(byId('app'), context, { onChange, onSubmit, onCancel, onCommand });
	session = { context, view, touched: new Set(), serverErrors: {}, showAll: restored, busy: false };
	// The prerequisites checklist, a separate section that the host fills in the background (create forms only),
	// right under the scale set it is about, where it is seen when the form opens.
	prerequisites = undefined;
	if (context.target.mode === 'create') {
		prerequisites = new PrerequisitesSection((action) => postToHost({ type: 'prerequisitesAction', action }));
		(document.getElementById('scaleSet-heading')?.parentElement ?? byId('app').firstElementChild)?.after(
			prerequisites.root,
		);
	}
	view.write(restored ? saved.values : hostValues);
	refresh();
	view.focus(context.target.mode === 'create' ? 'name' : 'virtualMachineState');
}

function visibleErrors(current: FormSession, errors: FieldMessages): FieldMessages {
	const touchedMix =
		percentFields.some((field) => current.touched.has(field)) || current.touched.has('virtualMachineState');
	const visible: FieldMessages = {};
	for (const field of fieldIds) {
		const shown =
			current.showAll ||
			current.touched.has(field) ||
			field === 'scaleSet' ||
			(field === 'vmStateDistribution' && touchedMix);
		visible[field] = current.serverErrors[field] ?? (shown ? errors[field] : undefined);
	}
	return visible;
}

function refresh(): void {
	if (!session) {
		return;
	}
	const values = session.view.read();
	const result = validatePoolForm(values, session.context);
	const request = result.valid ? poolRequestFor(values, session.context) : undefined;
	session.view.show(result, visibleErrors(session, result.errors), request);
	saveState({ version: 1, target: session.context.target, values });
	postToHost({ type: 'valuesChanged', values });
}

function onChange(field: FieldId | 'dynamicSizingEnabled'): void {
	if (!session) {
		return;
	}
	session.touched.add(field);
	if (field !== 'dynamicSizingEnabled') {
		delete session.serverErrors[field];
	}
	if ((percentFields as readonly string[]).includes(field)) {
		delete session.serverErrors.vmStateDistribution;
	}
	refresh();
}

function onSubmit(): void {
	if (!session || session.busy) {
		return;
	}
	const values = session.view.read();
	const result = validatePoolForm(values, session.context);
	if (!result.valid || session.view.localProblem) {
		session.showAll = true;
		refresh();
		session.view.setStatus(localize('Fix the highlighted fields; nothing was sent.'), 'error');
		const first = fieldIds.find((field) => result.errors[field] !== undefined);
		session.view.focus(first ?? 'postProvisioningDelay');
		return;
	}
	setBusy(true);
	session.view.setStatus(localize('Sending...'), 'progress');
	postToHost({ type: 'submit', values });
}

function onCancel(): void {
	postToHost({ type: 'cancel' });
}

function onCommand(action: 'copy' | 'open', format: CommandFormat): void {
	if (session) {
		postToHost({ type: 'commandAction', action, format, values: session.view.read() });
	}
}

function setBusy(busy: boolean): void {
	if (session) {
		session.busy = busy;
		session.view.setBusy(busy);
	}
}

function showLoadFailure(message: string): void {
	const retry = element('vscode-button', { id: 'retry', icon: 'refresh' }, [localize('Retry')]);
	retry.addEventListener('click', () => {
		showLoading();
		postToHost({ type: 'ready' });
	});
	byId('app').replaceChildren(element('p', { id: 'status', class: 'status error', role: 'alert' }, [message]), retry);
	byId('app').setAttribute('aria-busy', 'false');
}

function showLoading(): void {
	byId('app').replaceChildren(
		element('p', { id: 'status', class: 'status progress', role: 'status' }, [localize('Loading the form...')]),
	);
}

function handle(message: HostMessage): void {
	switch (message.type) {
		case 'init':
			setLocalizedStrings(message.strings);
			start(message.context, message.values);
			return;
		case 'loadFailed':
			session = undefined;
			showLoadFailure(message.message);
			return;
		case 'validation':
			setBusy(false);
			if (session) {
				session.serverErrors = message.errors;
				session.showAll = true;
				refresh();
				session.view.setStatus(localize('Fix the highlighted fields; nothing was sent.'), 'error');
			}
			return;
		case 'progress':
			session?.view.setStatus(message.message, 'progress');
			return;
		case 'operationFailed':
			setBusy(false);
			if (session) {
				if (message.field) {
					session.serverErrors[message.field] = message.message;
					refresh();
					session.view.focus(message.field);
				}
				const code = message.code ? ` (${message.code})` : '';
				session.view.setStatus(localize('Azure did not accept the request: {0}', message.message + code), 'error');
			}
			return;
		case 'operationSucceeded':
			setBusy(false);
			session?.view.setStatus(message.message, 'success');
			return;
		case 'prerequisites':
			prerequisites?.update(message.checklist);
			return;
		case 'notice':
			setBusy(false);
			session?.view.setStatus(message.message, 'info');
			return;
	}
}

onHostMessage(handle);
showLoading();
postToHost({ type: 'ready' });
