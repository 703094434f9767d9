/**
 * The text of a Report Issue draft: versions, settings and recent log lines, with credentials and the home
 * folder taken out. Pure code, so unit tests run it in Node.
 */
import { redact } from '../../core/log';

export interface IssueReportInput {
	readonly extension: { readonly id: string; readonly version: string };
	readonly vscode: {
		readonly version: string;
		readonly appName: string;
		readonly appHost: string;
		readonly uiKind: string;
		readonly remoteName?: string;
	};
	readonly platform: { readonly os: string; readonly arch: string; readonly node: string; readonly language: string };
	/** Setting key → value, as set (user) or the default. */
	readonly settings: Readonly<Record<string, unknown>>;
	/** Extensions that change how this one behaves (e.g. Bicep) → their version, or undefined when not installed. */
	readonly relatedExtensions: Readonly<Record<string, string | undefined>>;
	readonly logLines: readonly string[];
	readonly homeDir: string;
}

/** Formats a localised message: `{0}`-style placeholders, as `vscode.l10n.t` does. */
export type Translate = (message: string, ...args: (string | number)[]) => string;

const plain: Translate = (message, ...args) =>
	message.replace(/\{(\d+)\}/g, (match, index: string) => String(args[Number(index)] ?? match));

/** How many log lines a report carries: enough for the last few operations, short enough to read through. */
export const reportLogLineLimit = 100;

export function buildIssueReport(input: IssueReportInput, t: Translate = plain): string {
	const clean = (text: string): string => hideHomeDir(redact(text), input.homeDir);
	const lines = input.logLines.slice(-reportLogLineLimit).map(clean);
	const related = Object.entries(input.relatedExtensions).map(
		([id, version]) => `| ${id} | ${version ?? t('not installed')} |`,
	);

	return [
		`# ${t('Standby Pools issue report')}`,
		'',
		`> ${t('Review this draft before you share it: credentials are removed, but resource names and subscription IDs in the log are kept.')}`,
		'',
		`## ${t('What happened')}`,
		'',
		t('Describe what you did, what you expected and what happened instead.'),
		'',
		`## ${t('Environment')}`,
		'',
		'| | |',
		'| --- | --- |',
		`| ${t('Extension')} | ${input.extension.id} ${input.extension.version} |`,
		`| ${t('VS Code')} | ${input.vscode.version} (${input.vscode.appName}, ${input.vscode.appHost}, ${input.vscode.uiKind}${input.vscode.remoteName ? `, ${input.vscode.remoteName}` : ''}) |`,
		`| ${t('Operating system')} | ${input.platform.os} ${input.platform.arch} |`,
		`| ${t('Extension host')} | Node ${input.platform.node} |`,
		`| ${t('Display language')} | ${input.platform.language} |`,
		...related,
		'',
		`## ${t('Settings')}`,
		'',
		`| ${t('Setting')} | ${t('Value')} |`,
		'| --- | --- |',
		...Object.entries(input.settings).map(([key, value]) => `| \`${key}\` | ${clean(formatValue(value))} |`),
		'',
		`## ${t('Recent log ({0} lines)', lines.length)}`,
		'',
		'```text',
		...(lines.length > 0 ? lines : [t('(nothing logged yet)')]),
		'```',
		'',
	].join('\n');
}

function formatValue(value: unknown): string {
	if (value === undefined || value === '') {
		return '(empty)';
	}
	return `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
}

/** Replaces the home folder with `~`, so the user name in a path stays private. */
function hideHomeDir(text: string, homeDir: string): string {
	return homeDir.length > 1 ? text.split(homeDir).join('~') : text;
}
