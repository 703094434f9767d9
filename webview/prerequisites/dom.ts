/** Builds elements with the DOM API: no HTML strings, so no markup injection and no inline styles. */

import { element } from '../shared/element';

export { element };

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
