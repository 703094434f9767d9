import * as assert from 'node:assert/strict';
import { contentSecurityPolicy, createNonce, renderPoolFormHtml } from '../../../src/features/poolForm/webviewHtml';

const cspSource = 'https://file+.vscode-resource.vscode-cdn.net';

function page(title = 'Create Standby Pool: web-vmss') {
	const nonce = createNonce();
	const html = renderPoolFormHtml({
		cspSource,
		nonce,
		scriptUri: `${cspSource}/dist/webview/poolForm.js`,
		styleUri: `${cspSource}/dist/webview/poolForm.css`,
		codiconUri: `${cspSource}/dist/webview/codicons/codicon.css`,
		title,
		language: 'en',
	});
	return { html, nonce };
}

function policyOf(html: string): Map<string, string[]> {
	const match = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
	assert.ok(match, 'the page declares a CSP');
	const policy = new Map<string, string[]>();
	for (const directive of (match[1] as string).replace(/&#39;/g, "'").split(';')) {
		const [name, ...sources] = directive.trim().split(/\s+/);
		policy.set(name as string, sources);
	}
	return policy;
}

describe('pool form page', () => {
	it('allows nothing by default and no network at all', () => {
		const policy = policyOf(page().html);
		assert.deepEqual(policy.get('default-src'), ["'none'"]);
		assert.deepEqual(policy.get('connect-src'), ["'none'"]);
		assert.deepEqual(policy.get('form-action'), ["'none'"]);
	});

	it('runs only the script carrying this page nonce', () => {
		const { html, nonce } = page();
		assert.deepEqual(policyOf(html).get('script-src'), [`'nonce-${nonce}'`]);
		const scripts = html.match(/<script\b[^>]*>/g) ?? [];
		assert.equal(scripts.length, 1);
		assert.ok(scripts[0]?.includes(`nonce="${nonce}"`));
		assert.match(scripts[0] ?? '', /src="https:\/\/file\+\.vscode-resource/);
		assert.doesNotMatch(html, /<script\b[^>]*>[^<]+<\/script>/, 'no inline script');
	});

	it('takes styles, fonts and images only from the extension, never inline', () => {
		const { html } = page();
		const policy = policyOf(html);
		for (const directive of ['style-src', 'font-src', 'img-src']) {
			assert.deepEqual(policy.get(directive), [cspSource], directive);
		}
		assert.doesNotMatch(html, /unsafe-inline|unsafe-eval|\bstyle=|<style/);
		assert.doesNotMatch(html, /https?:\/\/(?!file\+\.vscode-resource)/, 'no other origin');
	});

	it('uses a fresh, unguessable nonce for every page', () => {
		const nonces = new Set(Array.from({ length: 100 }, () => createNonce()));
		assert.equal(nonces.size, 100);
		for (const nonce of nonces) {
			assert.match(nonce, /^[A-Za-z0-9+/]{22}==$/);
		}
	});

	it('escapes the title so a name cannot inject markup', () => {
		const { html } = page('Edit Standby Pool: <img src=x onerror=alert(1)>');
		assert.match(html, /<title>Edit Standby Pool: &#60;img src=x onerror=alert\(1\)&#62;<\/title>/);
		assert.doesNotMatch(html, /<img/);
	});

	it('builds the policy from the given source only', () => {
		assert.equal(
			contentSecurityPolicy('vscode-resource:', 'abc'),
			"default-src 'none'; script-src 'nonce-abc'; style-src vscode-resource:; font-src vscode-resource:; img-src vscode-resource:; connect-src 'none'; form-action 'none'; base-uri 'none'",
		);
	});
});
