/**
 * A small seeded generator for property-style tests: the same seed gives the same cases on every run, so a
 * failure names a case that can be run again. (No property-testing package is installed; this is enough.)
 */
export interface SeededRandom {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max]. */
	int(min: number, max: number): number;
	bool(): boolean;
	pick<T>(items: readonly T[]): T;
	/** A string of `min` to `max` characters drawn from `alphabet` (code points, not UTF-16 units). */
	text(min: number, max: number, alphabet?: readonly string[]): string;
}

/** Characters that tend to break things: quotes, markup, separators, spaces of every kind, unicode. */
export const hostileCharacters: readonly string[] = [
	...'abcXYZ019-_.',
	...`'"\`<>&/\\?#%;:=@!$*(){}[]|^~`,
	' ',
	'\t',
	'\n',
	'\r',
	'\u0000',
	'\u00a0',
	'\u200b',
	'\u202e',
	'\ufeff',
	'é',
	'ß',
	'İ',
	'ǅ',
	'東',
	'京',
	'ح',
	'١',
	'５',
	'e\u0301',
	'🚀',
	'👩‍💻',
	'\ud800',
];

export function seededRandom(seed: number): SeededRandom {
	let state = seed >>> 0;
	const next = (): number => {
		// mulberry32
		state = (state + 0x6d2b79f5) >>> 0;
		let value = state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
	return {
		next,
		int,
		bool: () => next() < 0.5,
		pick,
		text: (min, max, alphabet = hostileCharacters) => {
			const length = int(min, max);
			let text = '';
			for (let index = 0; index < length; index++) {
				text += pick(alphabet);
			}
			return text;
		},
	};
}
