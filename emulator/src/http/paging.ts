import { badRequest } from './armError';
import type { ArmResponse } from './armResponse';
import type { RequestContext } from './requestContext';

/**
 * Answers one page of a list, `{ value, nextLink }`, with the configured page size. The next link repeats the
 * request's own query (api-version included) with a `$skipToken`, as an absolute URL on the emulator.
 * `view` turns a record into its response body; it runs only for the items on the page, so a large estate
 * costs one page of work per request rather than the whole list.
 */
export function pagedList<T>(
	context: RequestContext,
	items: readonly T[],
	view: (item: T) => unknown = (item) => item,
): ArmResponse {
	const token = context.query.get('$skipToken') ?? context.query.get('$skiptoken');
	const offset = token === null ? 0 : Number(token);
	if (!Number.isInteger(offset) || offset < 0) {
		throw badRequest(`The skip token '${token ?? ''}' is invalid.`, '$skipToken', 'InvalidSkipToken');
	}
	const pageSize = context.state.config.pageSize;
	const body: { value: unknown[]; nextLink?: string } = { value: items.slice(offset, offset + pageSize).map(view) };
	if (offset + pageSize < items.length) {
		const query = new URLSearchParams(context.query);
		query.delete('$skiptoken');
		query.set('$skipToken', String(offset + pageSize));
		body.nextLink = `${context.baseUrl}${context.path}?${query.toString()}`;
	}
	return { status: 200, body };
}
