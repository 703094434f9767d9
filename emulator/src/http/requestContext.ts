import type { EmulatorState } from '../state/emulatorState';
import type { OperationRecord } from '../state/model';

/** Everything a route handler may read about one request. */
export interface RequestContext {
	method: string;
	path: string;
	query: URLSearchParams;
	/** Path parameters, URL-decoded, named as in the route pattern. */
	params: Record<string, string>;
	/** The parsed JSON body; undefined when the request had none. */
	body: unknown;
	/** `https://127.0.0.1:<port>`, the origin every absolute URL in a response uses. */
	baseUrl: string;
	state: EmulatorState;
	/** Set by an injected fault: how a long-running operation this request starts should end. */
	operationOutcome?: OperationRecord['outcome'];
}

export function param(context: RequestContext, name: string): string {
	const value = context.params[name];
	if (value === undefined) {
		throw new Error(`Route has no parameter '${name}'.`);
	}
	return value;
}
