import type { AccessToken, TokenCredential } from '@azure/core-auth';

/** The fixed token the local emulator accepts. It is not a secret and grants nothing in Azure. */
export const emulatorToken = 'emulator-test-token';

/** A credential that can be told its token was refused, so that the next request gets a fresh one. */
export interface RefreshableCredential extends TokenCredential {
	invalidate(): void;
}

/** How long a token is reused before the source is asked again; the source refreshes it when it expires. */
const tokenReuseMs = 4 * 60_000;

/**
 * Caches the token of `fetchToken` and hands it to the SDK with a very short expiry, so that the SDK's
 * own cache always comes back here: after `invalidate` (a 401), the very next request fetches a new token.
 */
export function refreshableCredential(fetchToken: () => Promise<string | undefined>): RefreshableCredential {
	let cached: { token: string; fetchedAt: number } | undefined;
	return {
		getToken: async (): Promise<AccessToken | null> => {
			if (!cached || Date.now() - cached.fetchedAt > tokenReuseMs) {
				const token = await fetchToken();
				cached = token ? { token, fetchedAt: Date.now() } : undefined;
			}
			return cached ? { token: cached.token, expiresOnTimestamp: Date.now() + 500 } : null;
		},
		invalidate: () => {
			cached = undefined;
		},
	};
}

export function emulatorCredential(): RefreshableCredential {
	return refreshableCredential(async () => emulatorToken);
}
