import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { ArmError } from '../http/armError';

/** The fixed token every client of the emulator sends; it is not a secret, only a check that clients send one. */
export const emulatorToken = 'emulator-test-token';

/**
 * Refuses a request without `Authorization: Bearer <token>`, with ARM's 401 and challenge header. The header is
 * only compared, never stored or logged.
 */
export function requireBearerToken(request: IncomingMessage, token: string): void {
	const header = request.headers.authorization ?? '';
	const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
	const presented = Buffer.from(match?.[1] ?? '');
	const expected = Buffer.from(token);
	if (presented.length === expected.length && timingSafeEqual(presented, expected)) {
		return;
	}
	const reason = header === '' ? 'The access token is missing.' : 'The access token is invalid.';
	throw new ArmError(
		401,
		'InvalidAuthenticationToken',
		`${reason} Send 'Authorization: Bearer <token>' with the emulator's token.`,
		undefined,
		undefined,
		{
			'WWW-Authenticate': `Bearer realm="Standby Pools emulator", error="invalid_token", error_description="${reason}"`,
		},
	);
}
