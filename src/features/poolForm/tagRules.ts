import { localize } from './localize';
import { tagLimits, type TagEntry } from './poolFormModel';

const forbiddenKeyCharacters = /[<>%&\\?/]/;

/** Rows the user left completely empty do not count as tags. */
export function filledTags(tags: readonly TagEntry[]): TagEntry[] {
	return tags.filter((tag) => tag.key !== '' || tag.value !== '');
}

/** The first problem with the tags, naming the row, or undefined when they are fine for Azure. */
export function tagProblem(tags: readonly TagEntry[]): string | undefined {
	const filled = filledTags(tags);
	if (filled.length > tagLimits.maxCount) {
		return localize('Use at most {0} tags; there are {1}.', tagLimits.maxCount, filled.length);
	}
	const seen = new Set<string>();
	for (const [index, tag] of tags.entries()) {
		if (tag.key === '' && tag.value === '') {
			continue;
		}
		const row = index + 1;
		if (tag.key.trim() === '') {
			return localize('Tag {0}: enter a name for the tag.', row);
		}
		if ([...tag.key].length > tagLimits.maxKeyLength) {
			return localize('Tag {0}: the name can have at most {1} characters.', row, tagLimits.maxKeyLength);
		}
		if ([...tag.value].length > tagLimits.maxValueLength) {
			return localize('Tag {0}: the value can have at most {1} characters.', row, tagLimits.maxValueLength);
		}
		const forbidden = forbiddenKeyCharacters.exec(tag.key);
		if (forbidden) {
			return localize('Tag {0}: Azure does not allow "{1}" in tag names.', row, forbidden[0]);
		}
		const folded = tag.key.toLowerCase();
		if (seen.has(folded)) {
			return localize('Tag {0}: the name "{1}" is already used; tag names ignore letter case.', row, tag.key);
		}
		seen.add(folded);
	}
	return undefined;
}

/** The tags as the service takes them. */
export function tagsToRecord(tags: readonly TagEntry[]): Record<string, string> {
	return Object.fromEntries(filledTags(tags).map((tag) => [tag.key, tag.value]));
}
