import '@vscode-elements/elements/dist/vscode-button/index.js';
import type { ChecklistAction, PrerequisiteChecklist } from '../../src/core/prerequisites/checklist';
import type { ItemState } from '../../src/core/prerequisites/prerequisiteModel';
import { localize } from '../../src/features/poolForm/localize';
import { element } from './dom';

const stateIcons: Record<ItemState, string> = { ok: 'pass', missing: 'error', inProgress: 'sync', unknown: 'question' };

/**
 * The prerequisites checklist: registration and the Standby Pool service's roles, checked by the host in
 * the background when a create form opens. Its own section, so the form works the same without it; its
 * buttons only ask the host, which runs the prerequisites commands.
 */
export class PrerequisitesSection {
	readonly root: HTMLElement;
	private readonly body: HTMLElement;

	constructor(private readonly onAction: (action: ChecklistAction) => void) {
		this.body = element('div', { id: 'prerequisites', class: 'capacity', role: 'status', 'aria-live': 'polite' });
		this.root = element('section', { 'aria-labelledby': 'prerequisites-heading' }, [
			element('h2', { id: 'prerequisites-heading' }, [localize('Prerequisites')]),
			this.body,
		]);
	}

	update(checklist: PrerequisiteChecklist): void {
		const attention = checklist.summary === 'actionNeeded' || checklist.summary === 'failed';
		this.body.className = attention ? 'capacity warning' : 'capacity';
		this.body.dataset['summary'] = checklist.summary;
		const lines = checklist.lines.map((line) =>
			element('p', { 'data-item': line.id, 'data-state': line.state }, [
				element('span', { class: `codicon codicon-${stateIcons[line.state]}`, 'aria-hidden': 'true' }),
				` ${line.text}`,
			]),
		);
		// Details and Check Again are always there, so the keyboard order of the form does not change under the user.
		const buttons: HTMLElement[] = [];
		if (checklist.fixable) {
			buttons.push(this.button('fixPrerequisites', localize('Fix...'), 'tools', 'fix', false));
		}
		buttons.push(this.button('prerequisitesDetails', localize('Details'), 'checklist', 'details', true));
		buttons.push(this.button('recheckPrerequisites', localize('Check Again'), 'refresh', 'recheck', true));
		this.body.replaceChildren(
			element('p', { id: 'prerequisites-headline' }, [checklist.headline]),
			...lines,
			element('div', { class: 'buttons' }, buttons),
		);
	}

	private button(id: string, label: string, icon: string, action: ChecklistAction, secondary: boolean): HTMLElement {
		const created = element('vscode-button', { id, icon, secondary }, [label]);
		created.addEventListener('click', () => this.onAction(action));
		return created;
	}
}
