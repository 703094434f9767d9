import type { VscodeSingleSelect } from '@vscode-elements/elements/dist/vscode-single-select/vscode-single-select.js';
import type { VscodeTextfield } from '@vscode-elements/elements/dist/vscode-textfield/vscode-textfield.js';
import {
	amountFromDuration,
	durationFromAmount,
	durationUnits,
	type DurationUnit,
} from '../../src/features/poolForm/duration';
import { localize } from '../../src/features/poolForm/localize';
import { element, setText } from './dom';
import { messageLine, selectControl } from './fields';

const unitLabels: Record<DurationUnit, () => string> = {
	seconds: () => localize('seconds'),
	minutes: () => localize('minutes'),
	hours: () => localize('hours'),
};

/**
 * The post-provisioning delay: a friendly amount and unit that write the ISO 8601 duration the service takes,
 * next to the duration itself for those who prefer to type it. Either side updates the other.
 */
export class DelayInput {
	readonly root: HTMLElement;
	private readonly amount: VscodeTextfield;
	private readonly unit: VscodeSingleSelect;
	private readonly duration: VscodeTextfield;

	constructor(private readonly onChange: () => void) {
		this.amount = element('vscode-textfield', { id: 'postProvisioningDelayAmount', class: 'narrow' });
		const choices = durationUnits.map((unit) => ({ value: unit, label: unitLabels[unit]() }));
		this.unit = selectControl('postProvisioningDelayUnit', choices, localize('Unit')) as VscodeSingleSelect;
		this.duration = element('vscode-textfield', {
			id: 'postProvisioningDelay',
			class: 'narrow',
			placeholder: localize('e.g. PT5M'),
		});
		this.duration.label = localize('Post-provisioning delay as an ISO 8601 duration');

		this.amount.addEventListener('input', () => this.writeDuration());
		this.unit.addEventListener('change', () => this.writeDuration());
		this.duration.addEventListener('input', () => {
			this.readDuration();
			this.onChange();
		});

		this.root = element('div', { class: 'field', id: 'postProvisioningDelay-field' }, [
			element('vscode-label', { for: 'postProvisioningDelayAmount' }, [localize('Post-provisioning delay')]),
			element('div', { class: 'inline-controls' }, [
				this.amount,
				this.unit,
				element('span', { class: 'equals', 'aria-hidden': 'true' }, ['=']),
				this.duration,
			]),
			element('div', { class: 'help' }, [
				localize('How long a new VM waits after provisioning before it counts as ready. Leave empty for the default.'),
			]),
			messageLine('postProvisioningDelayAmount-error', 'error'),
			messageLine('postProvisioningDelay-hint', 'hint'),
			messageLine('postProvisioningDelay-error', 'error'),
		]);
	}

	get value(): string {
		return this.duration.value;
	}

	set value(duration: string) {
		this.duration.value = duration;
		this.readDuration();
	}

	/** A problem with the amount box, which the duration rules cannot see. */
	get amountProblem(): string | undefined {
		const amount = this.amount.value.trim();
		return amount === '' || durationFromAmount(amount, 'seconds') ? undefined : localize('Enter a whole number.');
	}

	private writeDuration(): void {
		const amount = this.amount.value.trim();
		const duration = amount === '' ? '' : durationFromAmount(amount, this.unit.value as DurationUnit);
		if (duration !== undefined) {
			this.duration.value = duration;
		}
		setText('postProvisioningDelayAmount-error', this.amountProblem);
		this.onChange();
	}

	private readDuration(): void {
		const friendly = amountFromDuration(this.duration.value.trim());
		this.amount.value = friendly?.amount ?? '';
		this.unit.value = friendly?.unit ?? 'seconds';
		setText('postProvisioningDelayAmount-error', undefined);
	}
}
