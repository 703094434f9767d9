import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-collapsible/index.js';
import '@vscode-elements/elements/dist/vscode-tab-header/index.js';
import '@vscode-elements/elements/dist/vscode-tab-panel/index.js';
import '@vscode-elements/elements/dist/vscode-tabs/index.js';
import {
	commandFormats,
	equivalentCommand,
	formatLabel,
	type CommandFormat,
} from '../../src/features/poolForm/equivalentCommands';
import { localize } from '../../src/features/poolForm/localize';
import type { PoolRequest } from '../../src/features/poolForm/poolRequests';
import { element } from './dom';

export type CommandAction = (action: 'copy' | 'open', format: CommandFormat) => void;

/**
 * "Equivalent commands": the same request as Azure CLI, PowerShell, ARM, Bicep and REST, regenerated on every
 * change. Copy and Open go through the host, which generates the text again from the values it checked.
 * The tabs give their headers and panels ids of their own, so tests find them by `data-format`.
 */
export class CommandsView {
	readonly root: HTMLElement;
	private readonly unavailable: HTMLElement;
	private readonly tabs: HTMLElement;
	private readonly code = new Map<CommandFormat, HTMLElement>();

	constructor(onAction: CommandAction) {
		this.unavailable = element('p', { id: 'commands-unavailable', class: 'help' }, [
			localize('The commands appear when every field is valid.'),
		]);
		this.tabs = element('vscode-tabs', { id: 'commandTabs' });
		for (const format of commandFormats) {
			this.tabs.append(element('vscode-tab-header', { slot: 'header', 'data-format': format }, [formatLabel(format)]));
			this.tabs.append(this.panel(format, onAction));
		}
		this.root = element('vscode-collapsible', { id: 'equivalentCommands', heading: localize('Equivalent commands') }, [
			element('div', { class: 'commands' }, [
				element('p', { class: 'help' }, [
					localize('The same request for scripts, templates and pipelines, built from the values above.'),
				]),
				this.unavailable,
				this.tabs,
			]),
		]);
	}

	update(request: PoolRequest | undefined): void {
		this.unavailable.hidden = request !== undefined;
		this.tabs.hidden = request === undefined;
		if (!request) {
			return;
		}
		for (const format of commandFormats) {
			const code = this.code.get(format);
			if (code) {
				code.textContent = equivalentCommand(request, format).text;
			}
		}
	}

	private panel(format: CommandFormat, onAction: CommandAction): HTMLElement {
		const label = formatLabel(format);
		const copy = element('vscode-button', { id: `copy-${format}`, icon: 'copy', secondary: true }, [localize('Copy')]);
		const open = element('vscode-button', { id: `open-${format}`, icon: 'go-to-file', secondary: true }, [
			localize('Open in Editor'),
		]);
		copy.setAttribute('aria-label', localize('Copy {0}', label));
		open.setAttribute('aria-label', localize('Open {0} in a new editor', label));
		copy.addEventListener('click', () => onAction('copy', format));
		open.addEventListener('click', () => onAction('open', format));
		const code = element('code', { id: `command-${format}` });
		this.code.set(format, code);
		return element('vscode-tab-panel', { 'data-format': format }, [
			element('div', { class: 'command-actions' }, [copy, open]),
			element('pre', { class: 'command', tabindex: '0', 'aria-label': label }, [code]),
		]);
	}
}
