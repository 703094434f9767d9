/** Builds elements with the DOM API: no HTML strings, so no markup injection and no inline styles. */

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

export function icon(name: string, label?: string): HTMLElement {
	const span = element('span', { class: `codicon codicon-${name}` });
	if (label) {
		span.setAttribute('role', 'img');
		span.setAttribute('aria-label', label);
	} else {
		span.setAttribute('aria-hidden', 'true');
	}
	return span;
}
