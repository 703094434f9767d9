import * as vscode from 'vscode';
import type { AzureSessions } from '../../core/azure/azureSessions';
import { readConnection, writeConnectionKind, type ConnectionKind } from '../../core/azure/connectionSettings';
import { registerCommand, UserCancelledError } from '../../core/commandRunner';

/** Sign-in, and choosing between Azure and the local emulator. */
export function registerConnectionCommands(context: vscode.ExtensionContext, deps: { sessions: AzureSessions }): void {
	registerCommand(context, 'standbyPools.signIn', vscode.l10n.t('Sign in'), async (tenantId?: unknown) => {
		if (readConnection().kind !== 'azure') {
			await writeConnectionKind('azure');
		}
		const session = await deps.sessions.getSession({
			signIn: true,
			tenantId: typeof tenantId === 'string' ? tenantId : undefined,
		});
		if (!session) {
			throw new UserCancelledError();
		}
	});

	registerCommand(context, 'standbyPools.selectTenant', vscode.l10n.t('Select directory'), async () => {
		const session = await deps.sessions.getSession({ signIn: true });
		if (!session) {
			throw new UserCancelledError();
		}
		const tenants = await session.subscriptions.listTenants();
		const selected = deps.sessions.selectedTenantId;
		const items: (vscode.QuickPickItem & { tenantId: string | undefined })[] = [
			{
				tenantId: undefined,
				label: vscode.l10n.t('All directories'),
				description: selected === undefined ? vscode.l10n.t('current') : '',
			},
			...tenants.map((tenant) => ({
				tenantId: tenant.tenantId,
				label: tenant.displayName,
				description: [tenant.defaultDomain, tenant.tenantId === selected ? vscode.l10n.t('current') : '']
					.filter(Boolean)
					.join(' · '),
				detail: tenant.tenantId,
			})),
		];
		const picked = await vscode.window.showQuickPick(items, {
			title: vscode.l10n.t('Directories (tenants) to show in Standby Pools'),
		});
		if (!picked) {
			throw new UserCancelledError();
		}
		await deps.sessions.selectTenant(picked.tenantId);
	});

	registerCommand(context, 'standbyPools.chooseConnection', vscode.l10n.t('Choose connection'), async () => {
		const current = readConnection().kind;
		const items: (vscode.QuickPickItem & { connection: ConnectionKind; startBundled?: boolean })[] = [
			{
				connection: 'azure',
				label: vscode.l10n.t('Azure'),
				description: current === 'azure' ? vscode.l10n.t('current') : '',
				detail: vscode.l10n.t('Sign in with your Microsoft account.'),
			},
			{
				connection: 'emulator',
				startBundled: true,
				label: vscode.l10n.t('Start Local Emulator'),
				detail: vscode.l10n.t(
					'No Azure account needed: start the emulator that ships with the extension, with a sample estate.',
				),
			},
			{
				connection: 'emulator',
				label: vscode.l10n.t('Local emulator'),
				description: current === 'emulator' ? vscode.l10n.t('current') : '',
				detail: vscode.l10n.t('An emulator already running at the address in the standbyPools.emulator.url setting.'),
			},
		];
		const picked = await vscode.window.showQuickPick(items, {
			title: vscode.l10n.t('Where should Standby Pools connect?'),
		});
		if (!picked) {
			throw new UserCancelledError();
		}
		if (picked.startBundled) {
			// The local emulator feature owns starting it; features meet through commands.
			await vscode.commands.executeCommand('standbyPools.startLocalEmulator');
			return;
		}
		await writeConnectionKind(picked.connection);
	});
}
