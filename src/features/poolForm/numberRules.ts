import { localize } from './localize';

export type NumberCheck = { value: number; error?: undefined } | { value?: undefined; error: string };

/**
 * Reads a whole number typed by a user. Surrounding spaces are forgiven; anything else that is not
 * plain digits gets a message saying what is wrong with it.
 */
export function parseWholeNumber(text: string, maximum: number = Number.MAX_SAFE_INTEGER): NumberCheck {
	const trimmed = text.trim();
	if (trimmed === '') {
		return { error: localize('Enter a whole number.') };
	}
	if (/^-\s*\d/.test(trimmed)) {
		return { error: localize('Use 0 or more.') };
	}
	if (/^\+?\d*[.,]\d+$/.test(trimmed) || /^\+?\d+[.,]$/.test(trimmed)) {
		return { error: localize('Use a whole number, without decimals.') };
	}
	if (!/^\d+$/.test(trimmed)) {
		return { error: localize('Use digits only, for example 5.') };
	}
	const value = trimmed.length > 16 ? Number.POSITIVE_INFINITY : Number(trimmed);
	if (value > maximum) {
		return {
			error:
				maximum === Number.MAX_SAFE_INTEGER
					? localize('This number is too large.')
					: localize('Use a number from 0 to {0}.', maximum),
		};
	}
	return { value };
}

export function vmCount(count: number): string {
	return count === 1 ? localize('1 VM') : localize('{0} VMs', count);
}

export function instanceCount(count: number): string {
	return count === 1 ? localize('1 instance') : localize('{0} instances', count);
}
