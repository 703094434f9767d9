/**
 * The one HTML shell for the extension's webviews (the pool form and the prerequisites report): a strict CSP with a
 * fresh nonce, the codicons and the page's own style sheet and script, everything else drawn by the script.
 */
import { randomBytes } from 'node:crypto';

/** A fresh script nonce for each page: 128 random bits. */
export function createNonce(): string {
	return randomBytes(16).toString('base64');
}

/** What a webview page of this extension is made of; the page's script builds everything else. */
export interface WebviewPage {
	/** `webview.cspSource`: the only origin styles, fonts and images may come from. */
	readonly cspSource: string;
	readonly nonce: string;
	readonly scriptUri: string;
	readonly styleUri: string;
	readonly codiconUri: string;
	readonly title: string;
	readonly language: string;
}

/**
 * The policy of every page: nothing by default, the bundled script only with this page's nonce,
 * styles, fonts and images only from the extension, and no network at all.
 */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
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

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The page shell: the script builds the page once the host has answered its `ready`. */
export function renderWebviewPage(page: WebviewPage): string {
	const attribute = escapeHtml;
	return `<!DOCTYPE html>
<html lang="${attribute(page.language)}">
<head>
	<meta charset="UTF-8">
	<meta http-equiv="Content-Security-Policy" content="${attribute(contentSecurityPolicy(page.cspSource, page.nonce))}">
	<meta name="viewport" content="width=device-width, initial-scale=1.0">
	<link rel="stylesheet" id="vscode-codicon-stylesheet" href="${attribute(page.codiconUri)}">
	<link rel="stylesheet" href="${attribute(page.styleUri)}">
	<title>${escapeHtml(page.title)}</title>
</head>
<body>
	<main id="app" aria-busy="true"></main>
	<script type="module" nonce="${attribute(page.nonce)}" src="${attribute(page.scriptUri)}"></script>
</body>
</html>`;
}
