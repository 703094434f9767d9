/** Small helpers for building the form with the DOM API: no HTML strings, so no markup injection and no inline styles. */

type Attributes = Record<string, string | boolean | undefined>;

export function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Attributes = {},
	children: readonly (Node | string | undefined)[] = [],
): HTMLElementTagNameMap[K] {
	const created = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (value === true) {
			created.setAttribute(name, '');
		} else if (typeof value === 'string') {
			created.setAttribute(name, value);
		}
	}
	for (const child of children) {
		if (child !== undefined) {
			created.append(child);
		}
	}
	return created;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
	const found = document.getElementById(id);
	if (!found) {
		throw new Error(`The form has no element #${id}`);
	}
	return found as T;
}

export function setText(id: string, text: string | undefined): void {
	const target = document.getElementById(id);
	if (target) {
		target.textContent = text ?? '';
		target.hidden = !text;
	}
}
