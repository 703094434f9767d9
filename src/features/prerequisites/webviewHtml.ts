import { randomBytes } from 'node:crypto';

/** A fresh script nonce for each page: 128 random bits. */
export function createNonce(): string {
	return randomBytes(16).toString('base64');
}

export interface ReportPage {
	/** `webview.cspSource`: the only origin styles, fonts and images may come from. */
	readonly cspSource: string;
	readonly nonce: string;
	readonly scriptUri: string;
	readonly styleUri: string;
	readonly codiconUri: string;
	readonly title: string;
	readonly language: string;
}

/** Nothing by default; the bundled script only with this page's nonce; no network, no inline styles. */
export function reportContentSecurityPolicy(cspSource: string, nonce: string): string {
	return [
		"default-src 'none'",
		`script-src 'nonce-${nonce}'`,
		`style-src ${cspSource}`,
		`font-src ${cspSource}`,
		`img-src ${cspSource}`,
		"connect-src 'none'",
		"form-action 'none'",
		"base-uri 'none'",
	].join('; ');
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The page shell; the script draws the report once the host answers its `ready`. */
export function renderReportHtml(page: ReportPage): string {
	return `<!DOCTYPE html>
<html lang="${escapeHtml(page.language)}">
<head>
	<meta charset="UTF-8">
	<meta http-equiv="Content-Security-Policy" content="${escapeHtml(reportContentSecurityPolicy(page.cspSource, page.nonce))}">
	<meta name="viewport" content="width=device-width, initial-scale=1.0">
	<link rel="stylesheet" id="vscode-codicon-stylesheet" href="${escapeHtml(page.codiconUri)}">
	<link rel="stylesheet" href="${escapeHtml(page.styleUri)}">
	<title>${escapeHtml(page.title)}</title>
</head>
<body>
	<main id="app" aria-busy="true"></main>
	<script type="module" nonce="${escapeHtml(page.nonce)}" src="${escapeHtml(page.scriptUri)}"></script>
</body>
</html>`;
}
