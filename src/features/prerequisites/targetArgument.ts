import * as vscode from 'vscode';
import type { AzureSession } from '../../core/azure/standbyPoolApi';
import { UserCancelledError } from '../../core/commandRunner';
import type { TargetRequest } from '../../core/prerequisites/checkTarget';
import { isPoolNodeArgument, isScaleSetNodeArgument } from '../../core/treeNodeArgs';

interface SubscriptionNodeArgument {
	readonly subscription: { readonly subscriptionId: string; readonly displayName?: string };
}

function isSubscriptionNodeArgument(value: unknown): value is SubscriptionNodeArgument {
	const subscription = (value as { subscription?: { subscriptionId?: unknown } } | undefined)?.subscription;
	return typeof subscription?.subscriptionId === 'string';
}

/**
 * What the check is about, from whatever the command got: a tree node (subscription, scale set, pool) or a
 * resource id (from another feature, by command id). Undefined when the command got nothing it knows.
 */
export function targetFromArgument(argument: unknown): TargetRequest | undefined {
	if (isScaleSetNodeArgument(argument)) {
		return { kind: 'scaleSet', scaleSet: argument.scaleSet };
	}
	if (isPoolNodeArgument(argument)) {
		return { kind: 'pool', pool: argument.pool, scaleSet: argument.scaleSet };
	}
	if (isSubscriptionNodeArgument(argument)) {
		const { subscriptionId, displayName } = argument.subscription;
		return { kind: 'subscription', subscriptionId, displayName };
	}
	if (typeof argument === 'string' && argument.startsWith('/subscriptions/')) {
		return { kind: 'resourceId', id: argument };
	}
	return undefined;
}

/** From the Command Palette: the user picks a subscription. */
export async function pickSubscriptionTarget(session: AzureSession): Promise<TargetRequest> {
	const subscriptions = await session.subscriptions.listSubscriptions();
	const picked = await vscode.window.showQuickPick(
		subscriptions.map((subscription) => ({
			label: subscription.displayName,
			description: subscription.subscriptionId,
			subscription,
		})),
		{ title: vscode.l10n.t('Check Prerequisites'), placeHolder: vscode.l10n.t('Choose a subscription to check') },
	);
	if (!picked) {
		throw new UserCancelledError();
	}
	return { kind: 'subscription', subscriptionId: picked.subscription.subscriptionId, displayName: picked.label };
}

/** The key of a target, so one panel serves one subscription, scale set or pool. */
export function targetKey(request: TargetRequest): string {
	switch (request.kind) {
		case 'subscription':
			return `/subscriptions/${request.subscriptionId}`.toLowerCase();
		case 'scaleSet':
			return request.scaleSet.id.toLowerCase();
		case 'pool':
			return request.pool.id.toLowerCase();
		case 'resourceId':
			return request.id.replace(/\/+$/, '').toLowerCase();
	}
}

/** A name for the panel's tab before the check has read anything. */
export function targetName(request: TargetRequest): string {
	switch (request.kind) {
		case 'subscription':
			return request.displayName ?? request.subscriptionId;
		case 'scaleSet':
			return request.scaleSet.name;
		case 'pool':
			return request.pool.name;
		case 'resourceId':
			return request.id.replace(/\/+$/, '').split('/').pop() ?? request.id;
	}
}
