/**
 * Builds an element with the DOM API, for every webview of the extension: no HTML strings, so no markup injection
 * and no inline styles.
 */
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
