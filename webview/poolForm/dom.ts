/** Small helpers for building the form with the DOM API: no HTML strings, so no markup injection and no inline styles. */

import { element } from '../shared/element';

export { element };

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
	const found = document.getElementById(id);
	if (!found) {
		throw new Error(`The form has no element #${id}`);
	}
	return found as T;
}

/**
 * Focuses an element once it has rendered. A vscode-elements control hands focus to the input in its shadow root,
 * which exists only after its first render; focusing a control just created would leave the focus where it was.
 */
export function focusWhenRendered(target: HTMLElement | null, then?: (target: HTMLElement) => void): void {
	if (!target) {
		return;
	}
	const rendered = (target as Partial<{ updateComplete: Promise<unknown> }>).updateComplete ?? Promise.resolve();
	void rendered.then(() => {
		target.focus();
		then?.(target);
	});
}

export function setText(id: string, text: string | undefined): void {
	const target = document.getElementById(id);
	if (target) {
		target.textContent = text ?? '';
		target.hidden = !text;
	}
}
