import * as vscode from 'vscode';
import type { SubscriptionSummary } from '../../core/azure/scaleSetModels';

const storageKey = 'standbyPools.selectedSubscriptions';

/**
 * Which subscriptions the tree shows, kept per connection in global state. Nothing stored means all,
 * so a new subscription appears without the user having to opt in.
 */
export class SubscriptionFilter {
	constructor(private readonly state: vscode.Memento) {}

	private all(): Record<string, string[]> {
		return this.state.get<Record<string, string[]>>(storageKey) ?? {};
	}

	selected(connectionKey: string): ReadonlySet<string> | undefined {
		const ids = this.all()[connectionKey];
		return ids ? new Set(ids.map((id) => id.toLowerCase())) : undefined;
	}

	apply(connectionKey: string, subscriptions: SubscriptionSummary[]): SubscriptionSummary[] {
		const selected = this.selected(connectionKey);
		return selected
			? subscriptions.filter((subscription) => selected.has(subscription.subscriptionId.toLowerCase()))
			: subscriptions;
	}

	async choose(connectionKey: string, subscriptions: SubscriptionSummary[]): Promise<boolean> {
		const selected = this.selected(connectionKey);
		const items = subscriptions.map((subscription) => ({
			label: subscription.displayName,
			description: subscription.subscriptionId,
			picked: !selected || selected.has(subscription.subscriptionId.toLowerCase()),
			subscription,
		}));
		const picked = await vscode.window.showQuickPick(items, {
			canPickMany: true,
			title: vscode.l10n.t('Subscriptions to show in Standby Pools'),
			placeHolder: vscode.l10n.t('Select the subscriptions to show'),
		});
		if (!picked) {
			return false;
		}
		const all = this.all();
		if (picked.length === subscriptions.length) {
			delete all[connectionKey];
		} else {
			all[connectionKey] = picked.map((item) => item.subscription.subscriptionId);
		}
		await this.state.update(storageKey, all);
		return true;
	}
}
