import type { AdditionalPolicyConfig } from '@azure-rest/core-client';
import { bearerTokenAuthenticationPolicy, type PipelinePolicy } from '@azure/core-rest-pipeline';
import type { Agent } from 'node:https';
import type { RefreshableCredential } from './refreshableCredential';
import {
	endpointGuardPolicy,
	errorBodyPolicy,
	reauthenticatePolicy,
	requestLogPolicy,
	tlsAgentPolicy,
} from './pipelinePolicies';

/** Where and how to reach Azure Resource Manager (or the emulator that stands in for it). */
export interface ArmEndpoint {
	/** `https://management.azure.com` or the emulator's URL, without a trailing slash. */
	readonly url: string;
	readonly credential: RefreshableCredential;
	/** The scope a token is requested for. */
	readonly scope: string;
	/** Trusts a test CA: only set for the emulator. */
	readonly agent?: Agent;
	/** How long one HTTP request may take before it is given up. */
	readonly timeoutMs: number;
}

/**
 * The pipeline policies every client of one endpoint shares, in this order: the guard that refuses other
 * hosts, the retry with a fresh token after a 401, the SDK's bearer token policy, TLS trust for the
 * emulator, the request log, and the keeper of error bodies that some SDK errors drop. Clients are created
 * without a credential of their own (see `withoutDefaultAuthentication`), so the token is only ever added after
 * the guard has let the request through.
 */
export function endpointPolicies(endpoint: ArmEndpoint): AdditionalPolicyConfig[] {
	const policies: AdditionalPolicyConfig[] = [
		{ policy: endpointGuardPolicy(endpoint.url), position: 'perCall' },
		{ policy: reauthenticatePolicy(endpoint.credential), position: 'perCall' },
		{ policy: bearerPolicy(endpoint), position: 'perCall' },
		{ policy: requestLogPolicy(), position: 'perRetry' },
		{ policy: errorBodyPolicy(), position: 'perRetry' },
	];
	if (endpoint.agent) {
		policies.push({ policy: tlsAgentPolicy(endpoint.agent), position: 'perCall' });
	}
	return policies;
}

export const userAgentPrefix = 'vscode-standby-pools';

/** The SDK's bearer token policy under a name of our own, so that removing a client's default one keeps it. */
function bearerPolicy(endpoint: ArmEndpoint): PipelinePolicy {
	const policy = bearerTokenAuthenticationPolicy({ credential: endpoint.credential, scopes: [endpoint.scope] });
	return { name: 'standbyPoolsBearerToken', sendRequest: (request, next) => policy.sendRequest(request, next) };
}

/** Removes the bearer policy a generated client adds for its own credential; `endpointPolicies` adds ours. */
export function withoutDefaultAuthentication<
	T extends { pipeline: { removePolicy(options: { name: string }): unknown } },
>(client: T): T {
	client.pipeline.removePolicy({ name: 'bearerTokenAuthenticationPolicy' });
	return client;
}
