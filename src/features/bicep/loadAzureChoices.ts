import type { AzureSessions } from '../../core/azure/azureSessions';
import type { ScaleSetSummary } from '../../core/azure/scaleSetModels';
import { noAzureChoices, toAzureChoices, type AzureChoices } from './azureChoices';

/**
 * Looks up the scale sets of every subscription the current session sees. Never prompts for sign-in:
 * completion must not open dialogs, so without a session there is simply nothing to offer.
 * A subscription that fails to list is skipped, so one broken subscription does not hide the others.
 */
export async function loadAzureChoices(
	sessions: AzureSessions,
	signal: AbortSignal,
	onSubscriptionError: (subscriptionId: string, error: unknown) => void = () => undefined,
): Promise<AzureChoices> {
	const session = await sessions.getSession({ signIn: false });
	if (!session || signal.aborted) {
		return noAzureChoices;
	}

	const subscriptions = await session.subscriptions.listSubscriptions(signal);
	const results = await Promise.allSettled(
		subscriptions.map((subscription) => session.scaleSets.listScaleSets(subscription.subscriptionId, signal)),
	);

	const scaleSets: ScaleSetSummary[] = [];
	results.forEach((result, index) => {
		if (result.status === 'fulfilled') {
			scaleSets.push(...result.value);
		} else {
			onSubscriptionError(subscriptions[index]?.subscriptionId ?? '', result.reason);
		}
	});
	return toAzureChoices(scaleSets);
}
