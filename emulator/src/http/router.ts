import type { ArmResponse } from './armResponse';
import type { RequestContext } from './requestContext';

export type Handler = (context: RequestContext) => ArmResponse | Promise<ArmResponse>;

interface Route {
	method: string;
	pattern: RegExp;
	names: string[];
	handler: Handler;
}

export type RouteMatch = { handler: Handler; params: Record<string, string> } | { methodNotAllowed: true } | undefined;

/**
 * Matches ARM paths. Literal segments compare case-insensitively, as ARM does (`resourcegroups`,
 * `microsoft.standbypool`); `{name}` segments match one path segment and are URL-decoded.
 */
export class Router {
	private readonly routes: Route[] = [];

	add(method: string, template: string, handler: Handler): this {
		const names: string[] = [];
		const source = template
			.split('/')
			.map((segment) => {
				const name = /^\{(\w+)\}$/.exec(segment)?.[1];
				if (name !== undefined) {
					names.push(name);
					return '([^/]+)';
				}
				return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			})
			.join('/');
		this.routes.push({ method, pattern: new RegExp(`^${source}/?$`, 'i'), names, handler });
		return this;
	}

	match(method: string, path: string): RouteMatch {
		let pathKnown = false;
		for (const route of this.routes) {
			const found = route.pattern.exec(path);
			if (!found) {
				continue;
			}
			pathKnown = true;
			if (route.method !== method) {
				continue;
			}
			const params: Record<string, string> = {};
			route.names.forEach((name, index) => {
				params[name] = safeDecode(found[index + 1] ?? '');
			});
			return { handler: route.handler, params };
		}
		return pathKnown ? { methodNotAllowed: true } : undefined;
	}
}

function safeDecode(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}
