import { ArmError, resourceGroupNotFound, subscriptionNotFound } from '../http/armError';
import type { EmulatorState } from '../state/emulatorState';
import type { ResourceGroupRecord, SubscriptionRecord } from '../state/model';

/** The subscription a request addresses; ARM answers 404 `SubscriptionNotFound` for one it does not know. */
export function requireSubscription(state: EmulatorState, subscriptionId: string): SubscriptionRecord {
	const subscription = state.subscription(subscriptionId);
	if (!subscription) {
		if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(subscriptionId)) {
			throw new ArmError(
				400,
				'InvalidSubscriptionId',
				`The provided subscription identifier '${subscriptionId}' is malformed or invalid.`,
			);
		}
		throw subscriptionNotFound(subscriptionId);
	}
	return subscription;
}

export function requireResourceGroup(
	state: EmulatorState,
	subscriptionId: string,
	resourceGroup: string,
): ResourceGroupRecord {
	const subscription = requireSubscription(state, subscriptionId);
	const group = subscription.resourceGroups.find((entry) => entry.name.toLowerCase() === resourceGroup.toLowerCase());
	if (!group) {
		throw resourceGroupNotFound(resourceGroup);
	}
	return group;
}

/** ARM refuses every call to a namespace the subscription has not registered. */
export function requireRegistered(subscription: SubscriptionRecord, namespace: string): void {
	const entry = Object.entries(subscription.providers).find(([name]) => name.toLowerCase() === namespace.toLowerCase());
	const registration = entry?.[1] ?? 'Registered';
	if (registration !== 'Registered') {
		throw new ArmError(
			409,
			'MissingSubscriptionRegistration',
			`The subscription is not registered to use namespace '${namespace}'. See https://aka.ms/rps-not-found for how to register subscriptions.`,
			undefined,
			[
				{
					code: 'MissingSubscriptionRegistration',
					target: namespace,
					message: `The subscription is not registered to use namespace '${namespace}'. See https://aka.ms/rps-not-found for how to register subscriptions.`,
				},
			],
		);
	}
}
