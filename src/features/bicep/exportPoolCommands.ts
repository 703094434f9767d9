import * as vscode from 'vscode';
import { registerCommand } from '../../core/commandRunner';
import { getLogger } from '../../core/log';
import { isPoolNodeArgument } from '../../core/treeNodeArgs';
import { exportPoolAsArmTemplate } from './poolArmExport';
import { exportPoolAsBicep } from './poolBicepExport';

const log = getLogger('bicep');

type ExportFormat = 'bicep' | 'arm';

/**
 * "Export as Bicep" and "Export as ARM Template" on a pool in the tree. The template is written from the
 * pool the tree shows, which the tree keeps current; nothing is sent to Azure.
 */
export function registerExportPoolCommands(context: vscode.ExtensionContext): void {
	registerCommand(context, 'standbyPools.exportBicep', vscode.l10n.t('Export as Bicep'), (node: unknown) =>
		openExport(node, 'bicep'),
	);
	registerCommand(context, 'standbyPools.exportArmTemplate', vscode.l10n.t('Export as ARM Template'), (node: unknown) =>
		openExport(node, 'arm'),
	);
}

async function openExport(node: unknown, format: ExportFormat): Promise<void> {
	if (!isPoolNodeArgument(node)) {
		throw new Error(vscode.l10n.t('Run this command from a standby pool in the Standby Pools view.'));
	}

	// TODO: read the pool again from Azure before writing; the tree's copy is at most one refresh old, which
	// is acceptable for a template the user reviews before deploying it.
	const content = format === 'bicep' ? exportPoolAsBicep(node.pool) : exportPoolAsArmTemplate(node.pool);
	const document = await vscode.workspace.openTextDocument({
		language: format === 'bicep' ? 'bicep' : 'json',
		content,
	});
	await vscode.window.showTextDocument(document, { preview: false });
	log.info(`Exported pool ${node.pool.id} as ${format === 'bicep' ? 'Bicep' : 'an ARM template'}`);
}
