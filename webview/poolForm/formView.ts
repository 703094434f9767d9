import type { VscodeCheckbox } from '@vscode-elements/elements/dist/vscode-checkbox/vscode-checkbox.js';
import type { VscodeSingleSelect } from '@vscode-elements/elements/dist/vscode-single-select/vscode-single-select.js';
import type { VscodeTextfield } from '@vscode-elements/elements/dist/vscode-textfield/vscode-textfield.js';
import { featuresFor, featureSince } from '../../src/features/poolForm/apiFeatures';
import { localize } from '../../src/features/poolForm/localize';
import { percentFields, type PoolFormContext, type PoolFormValues } from '../../src/features/poolForm/poolFormModel';
import type { PoolRequest } from '../../src/features/poolForm/poolRequests';
import {
	fieldIds,
	type FieldId,
	type FieldMessages,
	type ValidationResult,
} from '../../src/features/poolForm/validation';
import { CommandsView, type CommandAction } from './commandsView';
import { DelayInput } from './delayInput';
import { byId, element, focusWhenRendered, setText } from './dom';
import { unavailableField } from './fields';
import {
	actionsSection,
	basicsSection,
	capacitySection,
	dynamicSizingField,
	heading,
	scaleSetSection,
	unavailableReason,
} from './formSections';
import { TagsEditor } from './tagsEditor';

export interface FormHandlers {
	onChange(field: FieldId | 'dynamicSizingEnabled'): void;
	onSubmit(): void;
	onCancel(): void;
	onCommand: CommandAction;
}

type TextFieldId = 'name' | 'minReadyCapacity' | 'maxReadyCapacity' | (typeof percentFields)[number];
const textFieldIds: readonly TextFieldId[] = ['name', 'minReadyCapacity', 'maxReadyCapacity', ...percentFields];

export type StatusKind = 'info' | 'progress' | 'error' | 'success';

/** The form's DOM: built once per context, then read, filled and annotated with messages. */
export class FormView {
	private readonly delay: DelayInput | undefined;
	private readonly tags: TagsEditor;
	private readonly commands: CommandsView;
	/**
	 * The state last written. A vscode-single-select takes a value before its options have rendered but reads as
	 * empty until they have, and the form reads itself right after it is filled in (to save its state).
	 */
	private writtenState = '';

	constructor(root: HTMLElement, context: PoolFormContext, handlers: FormHandlers) {
		this.tags = new TagsEditor(() => handlers.onChange('tags'));
		this.delay = featuresFor(context.apiVersion).postProvisioningDelay
			? new DelayInput(() => handlers.onChange('postProvisioningDelay'))
			: undefined;
		this.commands = new CommandsView(handlers.onCommand);
		const delayField =
			this.delay?.root ??
			unavailableField(
				'postProvisioningDelay',
				localize('Post-provisioning delay'),
				unavailableReason(featureSince.postProvisioningDelay, context.apiVersion),
			);
		root.replaceChildren(
			heading(context),
			scaleSetSection(context),
			basicsSection(context),
			capacitySection(),
			element('section', { 'aria-labelledby': 'advanced-heading' }, [
				element('h2', { id: 'advanced-heading' }, [localize('Readiness and sizing')]),
				delayField,
				dynamicSizingField(context),
			]),
			element('section', {}, [this.tags.root]),
			this.commands.root,
			actionsSection(context),
		);
		root.setAttribute('aria-busy', 'false');
		this.wire(root, handlers);
	}

	private wire(root: HTMLElement, handlers: FormHandlers): void {
		for (const id of textFieldIds) {
			byId(id).addEventListener('input', () => handlers.onChange(id));
		}
		byId('virtualMachineState').addEventListener('change', () => {
			this.showMixFields();
			handlers.onChange('virtualMachineState');
		});
		document
			.getElementById('dynamicSizingEnabled')
			?.addEventListener('change', () => handlers.onChange('dynamicSizingEnabled'));
		byId('submit').addEventListener('click', () => handlers.onSubmit());
		byId('cancel').addEventListener('click', () => handlers.onCancel());
		root.addEventListener('keydown', (event) => {
			if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'VSCODE-TEXTFIELD') {
				event.preventDefault();
				handlers.onSubmit();
			}
		});
	}

	read(): PoolFormValues {
		const text = (id: TextFieldId): string => byId<VscodeTextfield>(id).value;
		const sizing = document.getElementById('dynamicSizingEnabled') as VscodeCheckbox | null;
		return {
			name: text('name'),
			virtualMachineState: byId<VscodeSingleSelect>('virtualMachineState').value || this.writtenState,
			minReadyCapacity: text('minReadyCapacity'),
			maxReadyCapacity: text('maxReadyCapacity'),
			postProvisioningDelay: this.delay?.value ?? '',
			dynamicSizingEnabled: sizing?.checked ?? false,
			runningPercent: text('runningPercent'),
			deallocatedPercent: text('deallocatedPercent'),
			hibernatedPercent: text('hibernatedPercent'),
			tags: this.tags.value,
		};
	}

	write(values: PoolFormValues): void {
		for (const id of textFieldIds) {
			byId<VscodeTextfield>(id).value = values[id];
		}
		byId<VscodeSingleSelect>('virtualMachineState').value = values.virtualMachineState;
		this.writtenState = values.virtualMachineState;
		const sizing = document.getElementById('dynamicSizingEnabled') as VscodeCheckbox | null;
		if (sizing && 'checked' in sizing) {
			sizing.checked = values.dynamicSizingEnabled;
		}
		if (this.delay) {
			this.delay.value = values.postProvisioningDelay;
		}
		this.tags.value = values.tags;
		this.showMixFields(values.virtualMachineState);
	}

	/** A problem only the webview can see: the delay's amount box, which is not part of the values. */
	get localProblem(): string | undefined {
		return this.delay?.amountProblem;
	}

	show(result: ValidationResult, errors: FieldMessages, request: PoolRequest | undefined): void {
		for (const field of fieldIds) {
			const message = errors[field];
			setText(`${field}-error`, message);
			const control = document.getElementById(field);
			if (control && 'invalid' in control) {
				(control as VscodeTextfield).invalid = message !== undefined;
			}
		}
		setText('postProvisioningDelay-hint', result.hints.postProvisioningDelay);
		setText('vmStateDistribution-hint', this.percentTotal());
		const capacity = byId('capacityLine');
		capacity.textContent = result.capacity?.text ?? '';
		capacity.classList.toggle('warning', result.capacity?.warning === true);
		this.commands.update(request);
	}

	focus(field: FieldId): void {
		const target = document.getElementById(field) ?? document.getElementById(`${field}-field`);
		focusWhenRendered(target, (focused) => focused.scrollIntoView({ block: 'center' }));
	}

	setBusy(busy: boolean): void {
		byId('submit').toggleAttribute('disabled', busy);
		byId('app').setAttribute('aria-busy', String(busy));
	}

	setStatus(message: string, kind: StatusKind): void {
		const status = byId('status');
		status.textContent = message;
		status.className = `status ${kind}`;
	}

	private showMixFields(state = byId<VscodeSingleSelect>('virtualMachineState').value): void {
		byId('mixFields').hidden = state !== 'Mix';
	}

	private percentTotal(): string | undefined {
		const values = percentFields.map((field) => byId<VscodeTextfield>(field).value.trim());
		if (!values.every((value) => /^\d+$/.test(value))) {
			return undefined;
		}
		return localize(
			'Total: {0}%',
			values.reduce((sum, value) => sum + Number(value), 0),
		);
	}
}
