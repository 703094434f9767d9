import * as vscode from 'vscode';
import { setLocalizedStrings } from './localize';
import type { PoolFormDependencies } from './poolFormController';
import { PoolFormPanels } from './poolFormPanels';
import { poolFormViewType } from './protocol';
import { pickScaleSet } from './scaleSetPicker';
import { registerCommand, UserCancelledError } from '../../core/commandRunner';
import { isPoolNodeArgument, isScaleSetNodeArgument } from '../../core/treeNodeArgs';

/** The create and edit commands, their webview form, and the serializer that restores open forms after a reload. */
export function registerPoolForm(context: vscode.ExtensionContext, dependencies: PoolFormDependencies): void {
	setLocalizedStrings(vscode.l10n.bundle);
	const panels = new PoolFormPanels(context.extensionUri, dependencies);

	registerCommand(
		context,
		'standbyPools.createPool',
		vscode.l10n.t('Create standby pool'),
		async (argument?: unknown) => {
			const scaleSetId = isScaleSetNodeArgument(argument) ? argument.scaleSet.id : await askForScaleSet(dependencies);
			panels.show({ mode: 'create', scaleSetId });
		},
	);

	registerCommand(context, 'standbyPools.editPool', vscode.l10n.t('Edit standby pool'), (argument?: unknown) => {
		if (!isPoolNodeArgument(argument)) {
			throw new Error(vscode.l10n.t('Run Edit Standby Pool from a pool in the Standby Pools view.'));
		}
		panels.show({ mode: 'edit', poolId: argument.pool.id });
	});

	context.subscriptions.push(
		vscode.window.registerWebviewPanelSerializer(poolFormViewType, {
			deserializeWebviewPanel: async (panel, state: unknown) => panels.restore(panel, state),
		}),
	);
}

async function askForScaleSet(dependencies: PoolFormDependencies): Promise<string> {
	const session = await dependencies.sessions.getSession({ signIn: true });
	const scaleSetId = session ? await pickScaleSet(session) : undefined;
	if (!scaleSetId) {
		throw new UserCancelledError();
	}
	return scaleSetId;
}
