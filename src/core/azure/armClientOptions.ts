import type { TokenCredential } from '@azure/core-auth';
import type { AdditionalPolicyConfig } from '@azure-rest/core-client';
import type { Agent } from 'node:https';
import { endpointGuardPolicy, requestLogPolicy, tlsAgentPolicy } from './pipelinePolicies';

/** Where and how to reach Azure Resource Manager (or the emulator that stands in for it). */
export interface ArmEndpoint {
	/** `https://management.azure.com` or the emulator's URL, without a trailing slash. */
	readonly url: string;
	readonly credential: TokenCredential;
	/** The scope a token is requested for. */
	readonly scope: string;
	/** Trusts a test CA: only set for the emulator. */
	readonly agent?: Agent;
	/** How long one HTTP request may take before it is given up. */
	readonly timeoutMs: number;
}

export const defaultRequestTimeoutMs = 60_000;

/** The pipeline policies every client of one endpoint shares: guard, TLS trust and the request log. */
export function endpointPolicies(endpoint: ArmEndpoint): AdditionalPolicyConfig[] {
	const policies: AdditionalPolicyConfig[] = [
		{ policy: endpointGuardPolicy(endpoint.url), position: 'perCall' },
		{ policy: requestLogPolicy(), position: 'perRetry' },
	];
	if (endpoint.agent) {
		policies.push({ policy: tlsAgentPolicy(endpoint.agent), position: 'perCall' });
	}
	return policies;
}

export const userAgentPrefix = 'vscode-standby-pools';
