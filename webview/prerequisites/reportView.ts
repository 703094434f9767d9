import '@vscode-elements/elements/dist/vscode-button/index.js';
import { localize } from '../../src/core/prerequisites/localize';
import type {
	ItemState,
	PrerequisiteReport,
	ReportItem,
	ReportSummary,
} from '../../src/core/prerequisites/prerequisiteModel';
import type { Banner, ReportAction, ReportViewState } from '../../src/features/prerequisites/protocol';
import { element, icon } from './dom';

const stateIcons: Record<ItemState, { icon: string; label: () => string }> = {
	ok: { icon: 'pass', label: () => localize('OK') },
	missing: { icon: 'error', label: () => localize('Missing') },
	inProgress: { icon: 'sync', label: () => localize('In progress') },
	unknown: { icon: 'question', label: () => localize('Unknown') },
};

const summaries: Record<ReportSummary, () => string> = {
	ready: () => localize('Everything the Standby Pool service needs is in place.'),
	actionNeeded: () => localize('Something is missing: pools here would not fill, or would keep recycling VMs.'),
	inProgress: () => localize('Almost there: Azure is still registering the resource provider.'),
	incomplete: () => localize('Some prerequisites could not be checked; see below.'),
};

type Act = (action: ReportAction) => void;

function button(
	id: string,
	label: string,
	codicon: string,
	act: () => void,
	options: { secondary?: boolean; disabled?: boolean } = {},
): HTMLElement {
	const created = element(
		'vscode-button',
		{ id, icon: codicon, secondary: options.secondary, disabled: options.disabled },
		[label],
	);
	created.addEventListener('click', () => {
		if (!created.hasAttribute('disabled')) {
			act();
		}
	});
	return created;
}

function itemRow(item: ReportItem, action: HTMLElement | undefined): HTMLElement {
	const visual = stateIcons[item.state];
	return element('li', { class: `item ${item.state}`, 'data-item': item.id, 'data-state': item.state }, [
		element('span', { class: 'item-icon' }, [icon(visual.icon, visual.label())]),
		element('div', { class: 'item-text' }, [
			element('strong', {}, [item.title]),
			element('span', { class: 'state-label' }, [` · ${visual.label()}`]),
			element('p', { class: 'detail' }, [item.detail]),
		]),
		action,
	]);
}

function bannerElement(banner: Banner): HTMLElement {
	const icons = { info: 'info', success: 'pass', warning: 'warning', error: 'error' } as const;
	return element(
		'div',
		{ id: 'banner', class: `banner ${banner.kind}`, role: banner.kind === 'error' ? 'alert' : 'status' },
		[icon(icons[banner.kind]), element('p', {}, [banner.text])],
	);
}

function commandsSection(
	report: PrerequisiteReport,
	busy: boolean,
	act: Act,
	emphasised: boolean,
): HTMLElement | undefined {
	if (report.cliCommands === '') {
		return undefined;
	}
	return element(
		'section',
		{ id: 'cli', class: emphasised ? 'cli emphasised' : 'cli', 'aria-labelledby': 'cli-heading' },
		[
			element('h2', { id: 'cli-heading' }, [localize('Azure CLI commands')]),
			element('p', { class: 'help' }, [
				localize(
					'The same fixes for an administrator, or for a script (bash). Assigning a role that exists already changes nothing.',
				),
			]),
			element('div', { class: 'buttons' }, [
				button('copyCommands', localize('Copy'), 'copy', () => act('copyCommands'), {
					secondary: true,
					disabled: busy,
				}),
				button('openCommands', localize('Open in Editor'), 'go-to-file', () => act('openCommands'), {
					secondary: true,
					disabled: busy,
				}),
			]),
			element('pre', { class: 'command', tabindex: '0', 'aria-label': localize('Azure CLI commands') }, [
				element('code', { id: 'cliCommands' }, [report.cliCommands]),
			]),
		],
	);
}

function itemsSection(report: PrerequisiteReport, busy: boolean, act: Act): HTMLElement {
	const rows = report.items.map((item) => {
		const action =
			item.kind === 'registration' && report.plan.register
				? button('register', localize('Register'), 'cloud-upload', () => act('register'), { disabled: busy })
				: undefined;
		return itemRow(item, action);
	});
	const roles = report.plan.assignRoles;
	return element('section', { 'aria-labelledby': 'items-heading' }, [
		element('h2', { id: 'items-heading' }, [localize('Checklist')]),
		element('ul', { class: 'items' }, rows),
		roles
			? element('div', { class: 'buttons' }, [
					button(
						'assignRoles',
						localize('Assign Missing Roles ({0})', roles.roles.length),
						'shield',
						() => act('assignRoles'),
						{
							disabled: busy,
						},
					),
				])
			: undefined,
	]);
}

function subtitle(report: PrerequisiteReport): string {
	const time = new Date(report.checkedAt).toLocaleTimeString();
	const target = report.target;
	if (target.kind === 'subscription') {
		return localize('Subscription {0} · checked at {1}', target.subscriptionId, time);
	}
	const kind = target.kind === 'pool' ? localize('Standby pool') : localize('Scale set');
	return localize('{0} · subscription {1} · checked at {2}', kind, target.subscriptionId, time);
}

/** Draws the whole report from the host's state; called again on every change. */
export function renderReport(root: HTMLElement, state: ReportViewState, act: Act): void {
	const report = state.report;
	const busy = state.busy !== undefined;
	const children: (HTMLElement | undefined)[] = [
		element('header', {}, [
			element('h1', {}, [state.title]),
			report ? element('p', { class: 'help', id: 'subtitle' }, [subtitle(report)]) : undefined,
		]),
		element('p', { id: 'status', class: 'status progress', role: 'status' }, [state.busy ?? '']),
		state.banner ? bannerElement(state.banner) : undefined,
	];
	if (report) {
		children.push(
			element('p', { id: 'summary', class: `summary ${report.summary}`, 'data-summary': report.summary }, [
				summaries[report.summary](),
			]),
			itemsSection(report, busy, act),
			...report.notes.map((note) => element('p', { class: 'help note' }, [note])),
			commandsSection(report, busy, act, state.banner?.showCommands === true),
		);
	}
	children.push(
		element('footer', { class: 'buttons' }, [
			button('recheck', localize('Check Again'), 'refresh', () => act('recheck'), { secondary: true, disabled: busy }),
		]),
	);
	root.replaceChildren(...children.filter((child): child is HTMLElement => child !== undefined));
	root.setAttribute('aria-busy', String(busy));
}
