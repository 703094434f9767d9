import { errorFromResponse } from './azureErrorMapping';

interface PageResponse {
	status: number;
	body: unknown;
}

/** The most pages a list follows: protects against a service that returns the same nextLink forever. */
const maxPages = 1000;

/** Follows `nextLink` until the list ends, collecting `value` from every page. */
export async function listAllPages<T>(
	fetchPage: (url: string) => Promise<PageResponse>,
	firstUrl: string,
): Promise<T[]> {
	const items: T[] = [];
	const seen = new Set<string>();
	let url: string | undefined = firstUrl;
	for (let page = 0; url !== undefined && page < maxPages; page++) {
		if (seen.has(url)) {
			break;
		}
		seen.add(url);
		const response = await fetchPage(url);
		if (response.status >= 400) {
			throw errorFromResponse(response.status, response.body);
		}
		const body = response.body as { value?: unknown; nextLink?: unknown } | undefined;
		if (Array.isArray(body?.value)) {
			items.push(...(body.value as T[]));
		}
		url = typeof body?.nextLink === 'string' && body.nextLink.length > 0 ? body.nextLink : undefined;
	}
	return items;
}
