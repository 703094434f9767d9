/** What a route handler answers; the server serialises it. A missing body means no content. */
export interface ArmResponse {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
}

export function ok(body: unknown, headers?: Record<string, string>): ArmResponse {
	return { status: 200, body, headers };
}
