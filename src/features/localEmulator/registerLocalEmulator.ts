import * as path from 'node:path';
import * as vscode from 'vscode';
import { registerCommand, UserCancelledError } from '../../core/commandRunner';
import { showLog } from '../../core/log';
import { createEmulatorStatusBar, manageLocalEmulatorCommand } from './emulatorStatusBar';
import { LocalEmulatorController, type LocalEmulatorState } from './localEmulatorController';

/**
 * Start and Stop Local Emulator, and the status-bar item while it runs. Nothing starts at activation: the
 * controller only remembers paths until a command runs.
 */
export function registerLocalEmulator(context: vscode.ExtensionContext): void {
	const controller = new LocalEmulatorController(
		{
			mainScript: vscode.Uri.joinPath(context.extensionUri, 'dist', 'emulator', 'main.js').fsPath,
			dataDir: path.join(context.globalStorageUri.fsPath, 'emulator'),
		},
		context.globalState,
		(exit) => void offerRestart(exit),
	);
	context.subscriptions.push(controller, createEmulatorStatusBar(controller.onDidChangeState));

	registerCommand(context, 'standbyPools.startLocalEmulator', vscode.l10n.t('Start local emulator'), async () => {
		const endpoint = await controller.start();
		void vscode.window.showInformationMessage(
			vscode.l10n.t(
				'The local emulator is running at {0} with a sample estate; the Standby Pools view shows it.',
				endpoint.url,
			),
		);
	});

	registerCommand(context, 'standbyPools.stopLocalEmulator', vscode.l10n.t('Stop local emulator'), async () => {
		if (!(await controller.stop())) {
			void vscode.window.showInformationMessage(vscode.l10n.t('The local emulator is not running.'));
		}
	});

	registerCommand(context, manageLocalEmulatorCommand, vscode.l10n.t('Manage local emulator'), async () => {
		const picked = await vscode.window.showQuickPick(emulatorActions(controller.current), {
			title:
				controller.current.kind === 'running'
					? vscode.l10n.t('Local emulator at {0}', controller.current.endpoint.url)
					: vscode.l10n.t('Local emulator (stopped)'),
		});
		if (!picked) {
			throw new UserCancelledError();
		}
		await vscode.commands.executeCommand(picked.command);
	});
}

/** What the status-bar item offers: Stop (or Start) and the log. */
function emulatorActions(state: LocalEmulatorState): (vscode.QuickPickItem & { command: string })[] {
	const toggle =
		state.kind === 'running'
			? { label: `$(debug-stop) ${vscode.l10n.t('Stop Local Emulator')}`, command: 'standbyPools.stopLocalEmulator' }
			: { label: `$(play) ${vscode.l10n.t('Start Local Emulator')}`, command: 'standbyPools.startLocalEmulator' };
	return [toggle, { label: `$(output) ${vscode.l10n.t('Show Log')}`, command: 'standbyPools.showLog' }];
}

async function offerRestart(exit: number | string): Promise<void> {
	const restart = vscode.l10n.t('Start Again');
	const log = vscode.l10n.t('Show Log');
	const choice = await vscode.window.showWarningMessage(
		vscode.l10n.t('The local emulator stopped unexpectedly ({0}).', String(exit)),
		restart,
		log,
	);
	if (choice === restart) {
		await vscode.commands.executeCommand('standbyPools.startLocalEmulator');
	} else if (choice === log) {
		showLog();
	}
}
