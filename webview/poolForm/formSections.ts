import { featuresFor, featureSince } from '../../src/features/poolForm/apiFeatures';
import { localize } from '../../src/features/poolForm/localize';
import type { PoolFormContext } from '../../src/features/poolForm/poolFormModel';
import { knownStates } from '../../src/features/poolForm/validation';
import { element } from './dom';
import { checkboxField, messageLine, selectField, textField, unavailableField, type Choice } from './fields';

/** The static parts of the form, built for one context. Values and messages are filled in by FormView. */

export function heading(context: PoolFormContext): HTMLElement {
	const title =
		context.target.mode === 'create'
			? localize('Create a standby pool')
			: localize('Edit standby pool {0}', context.originalValues?.name ?? '');
	return element('header', {}, [
		element('h1', {}, [title]),
		element('p', { class: 'help', id: 'connection' }, [
			localize('Connection: {0} · api-version {1}', context.connectionLabel, context.apiVersion),
		]),
	]);
}

export function scaleSetSection(context: PoolFormContext): HTMLElement {
	const scaleSet = context.scaleSet;
	const summary = scaleSet
		? localize(
				'{0} in {1} · {2} · {3} orchestration · {4} instances · hibernation {5}',
				scaleSet.name,
				scaleSet.resourceGroup,
				scaleSet.location,
				scaleSet.orchestrationMode ?? '?',
				scaleSet.capacity,
				scaleSet.hibernationEnabled ? localize('enabled') : localize('not enabled'),
			)
		: (context.scaleSetId ?? localize('No scale set is attached.'));
	return element('section', { 'aria-labelledby': 'scaleSet-heading' }, [
		element('h2', { id: 'scaleSet-heading' }, [localize('Scale set')]),
		element('p', { id: 'scaleSetSummary' }, [summary]),
		messageLine('scaleSet-error', 'error'),
	]);
}

function stateChoices(context: PoolFormContext): Choice[] {
	const features = featuresFor(context.apiVersion);
	const needs = (since: string): string => localize('Needs api-version {0} or later', since);
	const choices: Choice[] = [
		{
			value: 'Running',
			label: localize('Running'),
			description: localize('Started: ready at once, billed as running VMs.'),
		},
		{
			value: 'Deallocated',
			label: localize('Deallocated'),
			description: localize('Stopped: no compute charges, slower to start.'),
		},
		{
			value: 'Hibernated',
			label: localize('Hibernated'),
			description: features.hibernated
				? localize('Memory kept on disk: starts faster than a stopped VM.')
				: needs(featureSince.hibernated),
			disabled: !features.hibernated,
		},
		{
			value: 'Mix',
			label: localize('Mix'),
			description: features.mix ? localize('A split of the states above, in percent.') : needs(featureSince.mix),
			disabled: !features.mix,
		},
	];
	const original = context.originalValues?.virtualMachineState;
	if (original && !(knownStates as readonly string[]).includes(original)) {
		choices.push({
			value: original,
			label: original,
			description: localize('Not known to this extension; kept as is.'),
		});
	}
	return choices;
}

export function basicsSection(context: PoolFormContext): HTMLElement {
	const editing = context.target.mode === 'edit';
	const percent = (id: string, label: string): HTMLElement => textField({ id, label, narrow: true, placeholder: '0' });
	return element('section', { 'aria-labelledby': 'basics-heading' }, [
		element('h2', { id: 'basics-heading' }, [localize('Pool')]),
		textField({
			id: 'name',
			label: localize('Name'),
			help: editing ? localize('A pool keeps its name.') : localize('3 to 24 letters, digits and hyphens.'),
			readonly: editing,
		}),
		selectField('virtualMachineState', localize('State of the pooled VMs'), stateChoices(context)),
		element('fieldset', { id: 'mixFields', class: 'field', hidden: true }, [
			element('legend', {}, [localize('Mix: share of pooled VMs in each state')]),
			element('div', { class: 'inline-fields' }, [
				percent('runningPercent', localize('Running %')),
				percent('deallocatedPercent', localize('Deallocated %')),
				percent('hibernatedPercent', localize('Hibernated %')),
			]),
			messageLine('vmStateDistribution-hint', 'hint'),
			messageLine('vmStateDistribution-error', 'error'),
		]),
	]);
}

export function capacitySection(): HTMLElement {
	return element('section', { 'aria-labelledby': 'capacity-heading' }, [
		element('h2', { id: 'capacity-heading' }, [localize('Capacity')]),
		element('div', { class: 'inline-fields' }, [
			textField({
				id: 'minReadyCapacity',
				label: localize('Minimum ready capacity'),
				help: localize('Pooled VMs kept ready at least.'),
				narrow: true,
			}),
			textField({
				id: 'maxReadyCapacity',
				label: localize('Maximum ready capacity'),
				help: localize("The scale set's instances plus pooled VMs, at most."),
				narrow: true,
			}),
		]),
		element('p', { id: 'capacityLine', class: 'capacity', role: 'status', 'aria-live': 'polite' }),
	]);
}

export function dynamicSizingField(context: PoolFormContext): HTMLElement {
	const label = localize('Dynamic sizing');
	return featuresFor(context.apiVersion).dynamicSizing
		? checkboxField(
				'dynamicSizingEnabled',
				label,
				localize('Let the service size the pool from its forecast of your demand.'),
			)
		: unavailableField(
				'dynamicSizingEnabled',
				label,
				unavailableReason(featureSince.dynamicSizing, context.apiVersion),
			);
}

export function unavailableReason(since: string, apiVersion: string): string {
	return localize('Needs api-version {0} or later; this connection uses {1}.', since, apiVersion);
}

export function actionsSection(context: PoolFormContext): HTMLElement {
	const submitLabel = context.target.mode === 'create' ? localize('Create Pool') : localize('Save Changes');
	return element('footer', { class: 'actions' }, [
		element('div', { class: 'buttons' }, [
			element('vscode-button', { id: 'submit', icon: context.target.mode === 'create' ? 'add' : 'save' }, [
				submitLabel,
			]),
			element('vscode-button', { id: 'cancel', secondary: true }, [localize('Cancel')]),
		]),
		element('div', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' }),
	]);
}
