import { localize } from './localize';

/**
 * ISO 8601 durations as the service takes them (`PT30S`, `PT5M`, `P1DT2H`), and the friendly
 * amount-and-unit input that writes them.
 */

const durationPattern =
	/^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export interface ParsedDuration {
	/** Total seconds, or undefined when years or months make the length depend on the calendar. */
	readonly seconds: number | undefined;
}

/** Parses an ISO 8601 duration; undefined when `text` is not one. */
export function parseDuration(text: string): ParsedDuration | undefined {
	const match = durationPattern.exec(text);
	if (!match || text === 'P' || text.endsWith('T')) {
		return undefined;
	}
	const [, years, months, weeks, days, hours, minutes, seconds] = match;
	const number = (part: string | undefined): number => (part === undefined ? 0 : Number(part));
	if (years !== undefined || months !== undefined) {
		return { seconds: undefined };
	}
	const total =
		number(weeks) * 604800 + number(days) * 86400 + number(hours) * 3600 + number(minutes) * 60 + number(seconds);
	return Number.isFinite(total) ? { seconds: total } : undefined;
}

export type DurationUnit = 'seconds' | 'minutes' | 'hours';
export const durationUnits: readonly DurationUnit[] = ['seconds', 'minutes', 'hours'];

const unitDesignator: Record<DurationUnit, string> = { seconds: 'S', minutes: 'M', hours: 'H' };
const unitSeconds: Record<DurationUnit, number> = { seconds: 1, minutes: 60, hours: 3600 };

/** Writes the duration for a whole amount of a unit; undefined when the amount is not a whole number. */
export function durationFromAmount(amount: string, unit: DurationUnit): string | undefined {
	const trimmed = amount.trim();
	if (!/^\d{1,9}$/.test(trimmed)) {
		return undefined;
	}
	return `PT${Number(trimmed)}${unitDesignator[unit]}`;
}

/** The friendliest whole amount-and-unit for a duration, or undefined when there is none. */
export function amountFromDuration(duration: string): { amount: string; unit: DurationUnit } | undefined {
	const seconds = parseDuration(duration)?.seconds;
	if (seconds === undefined || !Number.isInteger(seconds)) {
		return undefined;
	}
	for (const unit of ['hours', 'minutes'] as const) {
		if (seconds > 0 && seconds % unitSeconds[unit] === 0) {
			return { amount: String(seconds / unitSeconds[unit]), unit };
		}
	}
	return { amount: String(seconds), unit: 'seconds' };
}

/** "1 hour 2 minutes 5 seconds", for showing next to the field what a duration means. */
export function describeDuration(totalSeconds: number): string {
	if (totalSeconds === 0) {
		return localize('no delay');
	}
	const parts: string[] = [];
	const hours = Math.floor(totalSeconds / 3600);
	const minutes = Math.floor((totalSeconds % 3600) / 60);
	const seconds = Math.round((totalSeconds % 60) * 1000) / 1000;
	if (hours > 0) {
		parts.push(hours === 1 ? localize('1 hour') : localize('{0} hours', hours));
	}
	if (minutes > 0) {
		parts.push(minutes === 1 ? localize('1 minute') : localize('{0} minutes', minutes));
	}
	if (seconds > 0) {
		parts.push(seconds === 1 ? localize('1 second') : localize('{0} seconds', seconds));
	}
	return parts.join(' ');
}
