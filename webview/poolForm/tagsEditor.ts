import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import { localize } from '../../src/features/poolForm/localize';
import type { TagEntry } from '../../src/features/poolForm/poolFormModel';
import { element, focusWhenRendered } from './dom';
import { messageLine } from './fields';

/** Name/value rows for the pool's tags, with Add and Remove buttons that work from the keyboard. */
export class TagsEditor {
	readonly root: HTMLElement;
	private readonly rows: HTMLElement;
	private tags: TagEntry[] = [];

	constructor(private readonly onChange: () => void) {
		const add = element('vscode-button', { id: 'addTag', secondary: true, icon: 'add' }, [localize('Add tag')]);
		add.addEventListener('click', () => this.add());
		this.rows = element('div', { id: 'tags', class: 'tag-rows', role: 'group', 'aria-label': localize('Tags') });
		this.root = element('fieldset', { class: 'field', id: 'tags-field' }, [
			element('legend', {}, [localize('Tags')]),
			element('div', { class: 'help' }, [localize('Name and value pairs that help you find and bill the pool.')]),
			this.rows,
			messageLine('tags-error', 'error'),
			add,
		]);
	}

	get value(): TagEntry[] {
		return this.tags.map((tag) => ({ ...tag }));
	}

	set value(tags: readonly TagEntry[]) {
		this.tags = tags.map((tag) => ({ ...tag }));
		this.render();
	}

	private add(): void {
		this.tags.push({ key: '', value: '' });
		this.render();
		focusWhenRendered(document.getElementById(`tag-key-${this.tags.length - 1}`));
		this.onChange();
	}

	private remove(index: number): void {
		this.tags.splice(index, 1);
		this.render();
		const next =
			document.getElementById(`tag-key-${Math.min(index, this.tags.length - 1)}`) ?? document.getElementById('addTag');
		focusWhenRendered(next);
		this.onChange();
	}

	private render(): void {
		this.rows.replaceChildren(...this.tags.map((tag, index) => this.row(tag, index)));
	}

	private row(tag: TagEntry, index: number): HTMLElement {
		const key = element('vscode-textfield', { id: `tag-key-${index}`, placeholder: localize('Name') });
		const value = element('vscode-textfield', { id: `tag-value-${index}`, placeholder: localize('Value') });
		key.value = tag.key;
		value.value = tag.value;
		key.label = localize('Tag {0} name', index + 1);
		value.label = localize('Tag {0} value', index + 1);
		key.addEventListener('input', () => this.update(index, { key: key.value }));
		value.addEventListener('input', () => this.update(index, { value: value.value }));
		const remove = element('vscode-button', {
			id: `tag-remove-${index}`,
			secondary: true,
			icon: 'trash',
			'aria-label': localize('Remove tag {0}', index + 1),
			title: localize('Remove tag {0}', index + 1),
		});
		remove.addEventListener('click', () => this.remove(index));
		return element('div', { class: 'tag-row' }, [key, value, remove]);
	}

	private update(index: number, change: Partial<TagEntry>): void {
		const tag = this.tags[index];
		if (tag) {
			Object.assign(tag, change);
			this.onChange();
		}
	}
}
