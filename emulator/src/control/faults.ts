import { randomUUID } from 'node:crypto';
import type { ArmErrorDetail } from '../http/armError';

/** What an injected fault does to a matching ARM request. */
export type FaultAction = 'respond' | 'drop' | 'delay' | 'malformedJson' | 'failOperation';

export interface FaultSpec {
	/** HTTP method to match; any when absent. */
	method?: string;
	/** Regular expression matched, case-insensitively, against the request path (no query string). */
	path: string;
	/** How many requests it applies to; every matching request until cleared when absent. */
	count?: number;
	action?: FaultAction;
	/** `respond`: the status to answer with. */
	status?: number;
	/** `respond` and `failOperation`: the ARM error; a fitting default is used when absent. */
	error?: ArmErrorDetail;
	/** `respond`: seconds for a Retry-After header. */
	retryAfter?: number;
	/** `delay`: real milliseconds to wait before answering normally. */
	delayMs?: number;
	/** `failOperation`: how the long-running operation ends. */
	operationStatus?: 'Failed' | 'Canceled';
}

export interface Fault extends FaultSpec {
	id: string;
	action: FaultAction;
	hits: number;
	pattern: RegExp;
}

export const maxFaultDelayMs = 300_000;

/** Checks a fault from the control API and fills in defaults; throws a message for the caller. */
export function createFault(input: unknown): Fault {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		throw new Error('A fault must be a JSON object.');
	}
	const spec = input as FaultSpec;
	if (typeof spec.path !== 'string' || spec.path === '') {
		throw new Error("A fault needs 'path', a regular expression.");
	}
	let pattern: RegExp;
	try {
		pattern = new RegExp(spec.path, 'i');
	} catch {
		throw new Error(`The fault path '${spec.path}' is not a valid regular expression.`);
	}
	const action = spec.action ?? 'respond';
	if (!['respond', 'drop', 'delay', 'malformedJson', 'failOperation'].includes(action)) {
		throw new Error(`Unknown fault action '${String(action)}'.`);
	}
	if (spec.count !== undefined && (!Number.isInteger(spec.count) || spec.count < 1)) {
		throw new Error("'count' must be a whole number of at least 1.");
	}
	if (spec.status !== undefined && (!Number.isInteger(spec.status) || spec.status < 200 || spec.status > 599)) {
		throw new Error("'status' must be an HTTP status from 200 to 599.");
	}
	if (
		spec.delayMs !== undefined &&
		(typeof spec.delayMs !== 'number' || spec.delayMs < 0 || spec.delayMs > maxFaultDelayMs)
	) {
		throw new Error(`'delayMs' must be from 0 to ${maxFaultDelayMs}.`);
	}
	return { ...spec, method: spec.method?.toUpperCase(), id: randomUUID(), action, hits: 0, pattern };
}

/** A fault as JSON shows it: the compiled pattern is left out, `path` says the same. */
export function describeFault(fault: Fault): Omit<Fault, 'pattern'> {
	const copy: Partial<Fault> = { ...fault };
	delete copy.pattern;
	return copy as Omit<Fault, 'pattern'>;
}

/** The faults in force, matched in the order they were added. */
export class FaultList {
	private faults: Fault[] = [];

	add(fault: Fault): void {
		this.faults.push(fault);
	}

	clear(): void {
		this.faults = [];
	}

	list(): Omit<Fault, 'pattern'>[] {
		return this.faults.map(describeFault);
	}

	/** Finds the first fault for this request and uses up one of its count. */
	take(method: string, path: string): Fault | undefined {
		const fault = this.faults.find(
			(entry) => (entry.method === undefined || entry.method === method) && entry.pattern.test(path),
		);
		if (!fault) {
			return undefined;
		}
		fault.hits += 1;
		if (fault.count !== undefined && fault.hits >= fault.count) {
			this.faults = this.faults.filter((entry) => entry !== fault);
		}
		return fault;
	}
}
