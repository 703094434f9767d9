import * as os from 'node:os';
import * as vscode from 'vscode';
import { registerCommand } from '../../core/commandRunner';
import { recentLogLines, showLog } from '../../core/log';
import { buildIssueReport, type IssueReportInput } from './issueReport';

/** Extensions whose presence changes what users see (the Bicep extension shares the `bicep` language). */
const relatedExtensionIds = ['ms-azuretools.vscode-bicep', 'msazurermtools.azurerm-vscode-tools'];

/** Show Log, and Report Issue: a draft in a new untitled editor, nothing sent anywhere. */
export function registerDiagnostics(context: vscode.ExtensionContext): void {
	registerCommand(context, 'standbyPools.showLog', vscode.l10n.t('Show log'), () => showLog());

	registerCommand(context, 'standbyPools.reportIssue', vscode.l10n.t('Report issue'), async () => {
		const report = buildIssueReport(collectIssueReportInput(context), (message, ...args) =>
			vscode.l10n.t(message, ...args),
		);
		const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: report });
		await vscode.window.showTextDocument(document);
	});
}

function collectIssueReportInput(context: vscode.ExtensionContext): IssueReportInput {
	const packageJson = context.extension.packageJSON as { version?: string };
	return {
		extension: { id: context.extension.id, version: String(packageJson.version) },
		vscode: {
			version: vscode.version,
			appName: vscode.env.appName,
			appHost: vscode.env.appHost,
			uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop',
			remoteName: vscode.env.remoteName,
		},
		platform: { os: os.platform(), arch: os.arch(), node: process.versions.node, language: vscode.env.language },
		settings: extensionSettings(context),
		relatedExtensions: Object.fromEntries(
			relatedExtensionIds.map((id) => [
				id,
				(vscode.extensions.getExtension(id)?.packageJSON as { version?: string } | undefined)?.version,
			]),
		),
		logLines: recentLogLines(),
		homeDir: os.homedir(),
	};
}

/** Every setting the extension contributes, with its effective value, read from the manifest so none is missed. */
function extensionSettings(context: vscode.ExtensionContext): Record<string, unknown> {
	const contributes = (context.extension.packageJSON as { contributes?: { configuration?: { properties?: object } } })
		.contributes;
	const keys = Object.keys(contributes?.configuration?.properties ?? {});
	const configuration = vscode.workspace.getConfiguration();
	return Object.fromEntries(keys.map((key) => [key, configuration.get(key)]));
}
