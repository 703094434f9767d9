import * as vscode from 'vscode';
import { sameResourceId } from '../../core/azure/resourceId';
import type { ScaleSetSummary, SubscriptionSummary } from '../../core/azure/scaleSetModels';
import type { AzureSession } from '../../core/azure/standbyPoolApi';
import { getLogger } from '../../core/log';

const log = getLogger('poolForm');

interface ScaleSetItem extends vscode.QuickPickItem {
	readonly scaleSetId?: string;
}

/** Asks which scale set a new pool serves, when Create runs from the palette. Undefined when the user backs out. */
export async function pickScaleSet(session: AzureSession): Promise<string | undefined> {
	const picked = await vscode.window.showQuickPick(scaleSetItems(session), {
		title: vscode.l10n.t('Create Standby Pool'),
		placeHolder: vscode.l10n.t('Choose the scale set the standby pool will serve'),
		matchOnDescription: true,
		matchOnDetail: true,
	});
	return picked?.scaleSetId;
}

async function scaleSetItems(session: AzureSession): Promise<ScaleSetItem[]> {
	const subscriptions = await session.subscriptions.listSubscriptions();
	const groups = await Promise.all(subscriptions.map((subscription) => subscriptionItems(session, subscription)));
	const items = groups.flat();
	if (items.length === 0) {
		return [{ label: vscode.l10n.t('No scale sets were found in your subscriptions.') }];
	}
	return items;
}

async function subscriptionItems(session: AzureSession, subscription: SubscriptionSummary): Promise<ScaleSetItem[]> {
	const separator: ScaleSetItem = { label: subscription.displayName, kind: vscode.QuickPickItemKind.Separator };
	try {
		const [scaleSets, pools] = await Promise.all([
			session.scaleSets.listScaleSets(subscription.subscriptionId),
			session.pools.listPools(subscription.subscriptionId).catch(() => []),
		]);
		if (scaleSets.length === 0) {
			return [];
		}
		const items = scaleSets.map((scaleSet): ScaleSetItem => {
			const pool = pools.find((candidate) =>
				sameResourceId(candidate.properties.attachedVirtualMachineScaleSetId, scaleSet.id),
			);
			const problem = problemOf(scaleSet, pool?.name);
			return {
				label: `${problem ? '$(circle-slash)' : '$(server-environment)'} ${scaleSet.name}`,
				description: `${scaleSet.resourceGroup} · ${scaleSet.location} · ${scaleSet.orchestrationMode ?? '?'}`,
				detail: problem,
				scaleSetId: scaleSet.id,
			};
		});
		// Scale sets that can take a pool come first; the others stay listed with the reason they cannot.
		const eligible = (item: ScaleSetItem): number => (item.detail === undefined ? 1 : 0);
		items.sort((left, right) => eligible(right) - eligible(left) || left.label.localeCompare(right.label));
		return [separator, ...items];
	} catch (error) {
		log.warn(`Could not list scale sets in ${subscription.subscriptionId}: ${String(error)}`);
		return [separator, { label: `$(error) ${vscode.l10n.t('Could not list the scale sets of this subscription.')}` }];
	}
}

/** Shown under a scale set that cannot take a pool; the form explains in full if it is picked anyway. */
function problemOf(scaleSet: ScaleSetSummary, poolName: string | undefined): string | undefined {
	if (scaleSet.orchestrationMode?.toLowerCase() !== 'flexible') {
		return vscode.l10n.t('Standby pools need Flexible orchestration.');
	}
	return poolName ? vscode.l10n.t('Already has the standby pool {0}.', poolName) : undefined;
}
