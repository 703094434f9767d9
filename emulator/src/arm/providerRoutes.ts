import { requireApiVersion } from '../http/apiVersion';
import { ArmError } from '../http/armError';
import { ok, type ArmResponse } from '../http/armResponse';
import { pagedList } from '../http/paging';
import { param, type RequestContext } from '../http/requestContext';
import type { Router } from '../http/router';
import type { EmulatorState } from '../state/emulatorState';
import type { RegistrationState, SubscriptionRecord } from '../state/model';
import { standbyPoolApiVersions } from '../standbypool/apiVersions';
import { requireSubscription } from './scopes';

export const resourcesApiVersions = [
	'2021-04-01',
	'2022-09-01',
	'2024-03-01',
	'2024-07-01',
	'2024-11-01',
	'2025-03-01',
	'2025-04-01',
];
const regions = ['East US', 'East US 2', 'West US 2', 'West US 3', 'North Europe', 'West Europe'];

/** The namespaces the emulator knows, with the resource types it reports for each. */
const namespaces: Record<string, { types: string[]; apiVersions: string[] }> = {
	'Microsoft.StandbyPool': {
		types: ['standbyVirtualMachinePools', 'standbyContainerGroupPools', 'operations', 'locations/operationStatuses'],
		apiVersions: [...standbyPoolApiVersions].reverse(),
	},
	'Microsoft.Compute': {
		types: ['virtualMachineScaleSets', 'virtualMachines'],
		apiVersions: ['2025-11-01', '2025-04-01'],
	},
	'Microsoft.Authorization': { types: ['roleAssignments', 'roleDefinitions'], apiVersions: ['2022-04-01'] },
	'Microsoft.Network': { types: ['virtualNetworks'], apiVersions: ['2024-05-01'] },
	'Microsoft.ContainerInstance': {
		types: ['containerGroups', 'containerGroupProfiles'],
		apiVersions: ['2024-10-01-preview'],
	},
	'Microsoft.ManagedIdentity': { types: ['userAssignedIdentities'], apiVersions: ['2023-01-31'] },
};

export function addProviderRoutes(router: Router): void {
	router.add('GET', '/subscriptions/{subscriptionId}/providers', listProviders);
	router.add('GET', '/subscriptions/{subscriptionId}/providers/{namespace}', getProvider);
	router.add('POST', '/subscriptions/{subscriptionId}/providers/{namespace}/register', register);
	router.add('POST', '/subscriptions/{subscriptionId}/providers/{namespace}/unregister', unregister);
}

function listProviders(context: RequestContext): ArmResponse {
	requireApiVersion(context, resourcesApiVersions);
	const subscription = requireSubscription(context.state, param(context, 'subscriptionId'));
	return pagedList(
		context,
		Object.keys(namespaces).map((namespace) => providerBody(subscription, namespace)),
	);
}

function getProvider(context: RequestContext): ArmResponse {
	const { subscription, namespace } = addressed(context);
	return ok(providerBody(subscription, namespace));
}

/** Registration takes the operation delay: `NotRegistered` → `Registering` → `Registered`. */
function register(context: RequestContext): ArmResponse {
	const { subscription, namespace } = addressed(context);
	if (registrationState(subscription, namespace) !== 'Registered') {
		setRegistration(context.state, subscription, namespace, 'Registering');
	}
	return ok(providerBody(subscription, namespace));
}

function unregister(context: RequestContext): ArmResponse {
	const { subscription, namespace } = addressed(context);
	if (registrationState(subscription, namespace) !== 'NotRegistered') {
		setRegistration(context.state, subscription, namespace, 'Unregistering');
	}
	return ok(providerBody(subscription, namespace));
}

function addressed(context: RequestContext): { subscription: SubscriptionRecord; namespace: string } {
	requireApiVersion(context, resourcesApiVersions);
	const subscription = requireSubscription(context.state, param(context, 'subscriptionId'));
	const asked = param(context, 'namespace');
	const namespace = Object.keys(namespaces).find((name) => name.toLowerCase() === asked.toLowerCase());
	if (namespace === undefined) {
		throw new ArmError(404, 'InvalidResourceNamespace', `The resource namespace '${asked}' is invalid.`);
	}
	return { subscription, namespace };
}

export function registrationState(subscription: SubscriptionRecord, namespace: string): RegistrationState {
	const entry = Object.entries(subscription.providers).find(([name]) => name.toLowerCase() === namespace.toLowerCase());
	return entry?.[1] ?? 'Registered';
}

function setRegistration(
	state: EmulatorState,
	subscription: SubscriptionRecord,
	namespace: string,
	registration: RegistrationState,
): void {
	for (const name of Object.keys(subscription.providers)) {
		if (name.toLowerCase() === namespace.toLowerCase()) {
			delete subscription.providers[name];
		}
	}
	subscription.providers[namespace] = registration;
	subscription.registeringSince = { ...subscription.registeringSince, [namespace]: state.now() };
}

/** Finishes registrations and unregistrations that have taken the operation delay. */
export function settleRegistrations(state: EmulatorState): void {
	const due = state.now() - state.config.operationDelayMs;
	for (const subscription of state.subscriptions.values()) {
		for (const [namespace, since] of Object.entries(subscription.registeringSince ?? {})) {
			const current = subscription.providers[namespace];
			if (since <= due && (current === 'Registering' || current === 'Unregistering')) {
				subscription.providers[namespace] = current === 'Registering' ? 'Registered' : 'NotRegistered';
				delete subscription.registeringSince?.[namespace];
			}
		}
	}
}

function providerBody(subscription: SubscriptionRecord, namespace: string): Record<string, unknown> {
	const known = namespaces[namespace] ?? { types: [], apiVersions: [] };
	return {
		id: `/subscriptions/${subscription.subscriptionId}/providers/${namespace}`,
		namespace,
		registrationState: registrationState(subscription, namespace),
		registrationPolicy: 'RegistrationRequired',
		resourceTypes: known.types.map((resourceType) => ({
			resourceType,
			locations: regions,
			apiVersions: known.apiVersions,
			capabilities: 'SupportsTags, SupportsLocation',
		})),
	};
}
