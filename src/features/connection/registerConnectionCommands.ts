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
		const items: (vscode.QuickPickItem & { connection: ConnectionKind })[] = [
			{
				connection: 'azure',
				label: vscode.l10n.t('Azure'),
				description: current === 'azure' ? vscode.l10n.t('current') : '',
				detail: vscode.l10n.t('Sign in with your Microsoft account.'),
			},
			{
				connection: 'emulator',
				label: vscode.l10n.t('Local emulator'),
				description: current === 'emulator' ? vscode.l10n.t('current') : '',
				detail: vscode.l10n.t('No Azure account needed: a local HTTPS server that behaves like Azure.'),
			},
		];
		const picked = await vscode.window.showQuickPick(items, {
			title: vscode.l10n.t('Where should Standby Pools connect?'),
		});
		if (!picked) {
			throw new UserCancelledError();
		}
		await writeConnectionKind(picked.connection);
	});
}
