import * as vscode from 'vscode';
import type { LocalEmulatorState } from './localEmulatorController';

export const manageLocalEmulatorCommand = 'standbyPools.manageLocalEmulator';

/** A status-bar item shown while the local emulator runs; clicking it offers Stop and Show Log. */
export function createEmulatorStatusBar(onDidChangeState: vscode.Event<LocalEmulatorState>): vscode.Disposable {
	const item = vscode.window.createStatusBarItem('standbyPools.localEmulator', vscode.StatusBarAlignment.Left, 0);
	item.name = vscode.l10n.t('Standby Pools Local Emulator');
	item.command = manageLocalEmulatorCommand;

	const subscription = onDidChangeState((state) => {
		if (state.kind !== 'running') {
			item.hide();
			return;
		}
		item.text = `$(server-process) ${vscode.l10n.t('Local Emulator')}`;
		item.tooltip = new vscode.MarkdownString(
			vscode.l10n.t(
				'Standby Pools local emulator running at {0}.\n\nClick to stop it or show the log.',
				state.endpoint.url,
			),
		);
		item.show();
	});
	return vscode.Disposable.from(item, subscription);
}
