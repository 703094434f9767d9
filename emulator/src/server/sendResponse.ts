import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { ArmResponse } from '../http/armResponse';

/** Writes a handler's answer with the headers ARM puts on every response. `malformed` cuts the JSON in half. */
export function sendResponse(response: ServerResponse, result: ArmResponse, malformed = false): void {
	const requestId = randomUUID();
	const headers: Record<string, string> = {
		'x-ms-request-id': requestId,
		'x-ms-correlation-request-id': requestId,
		'Cache-Control': 'no-cache',
		...result.headers,
	};
	if (result.body === undefined || result.status === 204) {
		headers['Content-Length'] = '0';
		response.writeHead(result.status, headers);
		response.end();
		return;
	}
	let text = JSON.stringify(result.body);
	if (malformed) {
		text = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
	}
	headers['Content-Type'] = 'application/json; charset=utf-8';
	headers['Content-Length'] = String(Buffer.byteLength(text));
	response.writeHead(result.status, headers);
	response.end(text);
}
