import '@vscode-elements/elements/dist/vscode-checkbox/index.js';
import '@vscode-elements/elements/dist/vscode-label/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import { element } from './dom';

/**
 * One labelled field with its help, hint and error lines. The error line is a polite live region,
 * so a screen reader announces a new message without interrupting typing.
 */
function fieldShell(id: string, label: string, control: HTMLElement, help?: string): HTMLElement {
	return element('div', { class: 'field', id: `${id}-field` }, [
		element('vscode-label', { for: id }, [label]),
		control,
		help ? element('div', { class: 'help', id: `${id}-help` }, [help]) : undefined,
		messageLine(`${id}-hint`, 'hint'),
		messageLine(`${id}-error`, 'error'),
	]);
}

export function messageLine(id: string, kind: 'hint' | 'error' | 'status'): HTMLElement {
	return element('div', { class: kind, id, 'aria-live': 'polite', hidden: true });
}

export interface TextFieldOptions {
	readonly id: string;
	readonly label: string;
	readonly help?: string;
	readonly placeholder?: string;
	readonly readonly?: boolean;
	readonly narrow?: boolean;
}

export function textField(options: TextFieldOptions): HTMLElement {
	const control = element('vscode-textfield', {
		id: options.id,
		placeholder: options.placeholder,
		readonly: options.readonly,
		class: options.narrow ? 'narrow' : undefined,
	});
	return fieldShell(options.id, options.label, control, options.help);
}

export interface Choice {
	readonly value: string;
	readonly label: string;
	readonly description?: string;
	readonly disabled?: boolean;
}

export function selectControl(id: string, choices: readonly Choice[], label?: string): HTMLElement {
	return element(
		'vscode-single-select',
		{ id, label },
		choices.map((choice) =>
			element('vscode-option', { value: choice.value, description: choice.description, disabled: choice.disabled }, [
				choice.label,
			]),
		),
	);
}

export function selectField(id: string, label: string, choices: readonly Choice[], help?: string): HTMLElement {
	return fieldShell(id, label, selectControl(id, choices), help);
}

export function checkboxField(id: string, label: string, help?: string): HTMLElement {
	return element('div', { class: 'field', id: `${id}-field` }, [
		element('vscode-checkbox', { id, label }),
		help ? element('div', { class: 'help', id: `${id}-help` }, [help]) : undefined,
		messageLine(`${id}-error`, 'error'),
	]);
}

/** A field this api-version does not have: shown greyed out, with the reason, so nobody looks for it in vain. */
export function unavailableField(id: string, label: string, reason: string): HTMLElement {
	return element('div', { class: 'field unavailable', id: `${id}-field` }, [
		element('div', { class: 'unavailable-label' }, [label]),
		element('div', { class: 'help', id: `${id}-unavailable` }, [reason]),
	]);
}
