import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as poolForm from '../../../src/features/poolForm/webviewHtml';
import * as prerequisites from '../../../src/features/prerequisites/webviewHtml';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const cspSource = 'https://file+.vscode-resource.vscode-cdn.net';

interface PageInput {
	readonly cspSource: string;
	readonly nonce: string;
	readonly scriptUri: string;
	readonly styleUri: string;
	readonly codiconUri: string;
	readonly title: string;
	readonly language: string;
}

/** Every webview page the extension renders, by the feature folder that creates its panel. */
const pages: Record<string, { render: (page: PageInput) => string; createNonce: () => string }> = {
	poolForm: { render: poolForm.renderPoolFormHtml, createNonce: poolForm.createNonce },
	prerequisites: { render: prerequisites.renderReportHtml, createNonce: prerequisites.createNonce },
};

function sourceFiles(folder: string): string[] {
	return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(folder, entry.name);
		return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
	});
}

function policyOf(html: string): Map<string, string[]> {
	const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
	assert.ok(match, 'the page declares a Content-Security-Policy');
	const policy = new Map<string, string[]>();
	for (const directive of (match[1] ?? '').replace(/&#39;/g, "'").split(';')) {
		const [name, ...sources] = directive.trim().split(/\s+/);
		policy.set(name ?? '', sources);
	}
	return policy;
}

const hostileTitles = [
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	"' onmouseover='alert(1)",
	'</title><script nonce="x">alert(1)</script>',
	'&lt;already escaped&gt; & more',
];

describe('every webview', () => {
	it('is one the tests know: each feature that creates a webview has its page checked here', () => {
		const creators = sourceFiles(path.join(root, 'src'))
			.filter((file) =>
				/createWebviewPanel|registerWebviewViewProvider|registerCustomEditorProvider/.test(
					fs.readFileSync(file, 'utf8'),
				),
			)
			.map((file) => path.relative(path.join(root, 'src', 'features'), file).split(path.sep)[0]);
		assert.ok(creators.length > 0);
		for (const feature of creators) {
			assert.ok(feature && pages[feature], `the ${feature} feature creates a webview whose page is not checked here`);
		}
		const scripts = fs
			.readdirSync(path.join(root, 'webview'), { withFileTypes: true })
			// A folder with a main.ts is a page; `shared` holds helpers the pages import.
			.filter((entry) => entry.isDirectory() && fs.existsSync(path.join(root, 'webview', entry.name, 'main.ts')))
			.map((entry) => entry.name);
		for (const script of scripts) {
			assert.ok(pages[script], `webview/${script} has no page checked here`);
		}
	});

	for (const [name, { render, createNonce }] of Object.entries(pages)) {
		describe(name, () => {
			function page(title = 'Title', nonce = createNonce()): { html: string; nonce: string } {
				const asset = (file: string): string => `${cspSource}/dist/webview/${file}`;
				const html = render({
					cspSource,
					nonce,
					scriptUri: asset(`${name}.js`),
					styleUri: asset(`${name}.css`),
					codiconUri: asset('codicons/codicon.css'),
					title,
					language: 'en',
				});
				return { html, nonce };
			}

			it('has a strict policy: nothing by default, no network, no inline code, no eval', () => {
				const { html, nonce } = page();
				const policy = policyOf(html);
				assert.deepEqual(policy.get('default-src'), ["'none'"]);
				assert.deepEqual(policy.get('script-src'), [`'nonce-${nonce}'`]);
				assert.deepEqual(policy.get('connect-src'), ["'none'"]);
				assert.deepEqual(policy.get('form-action'), ["'none'"]);
				assert.deepEqual(policy.get('base-uri'), ["'none'"]);
				for (const directive of ['style-src', 'font-src', 'img-src']) {
					assert.deepEqual(policy.get(directive), [cspSource], directive);
				}
				for (const directive of ['frame-src', 'child-src', 'object-src', 'worker-src', 'media-src']) {
					const sources = policy.get(directive);
					assert.ok(sources === undefined || sources.join(' ') === "'none'", `${directive} falls back to 'none'`);
				}
				for (const [directive, sources] of policy) {
					for (const source of sources) {
						assert.doesNotMatch(source, /unsafe-|^\*$|^https?:$|^data:$|^blob:$/, `${directive} ${source}`);
					}
				}
			});

			it("runs one script, from the extension, with this page's nonce; no inline script, handler or style", () => {
				const { html, nonce } = page();
				const scripts = html.match(/<script\b[^>]*>/g) ?? [];
				assert.equal(scripts.length, 1);
				assert.ok(scripts[0]?.includes(`nonce="${nonce}"`));
				assert.ok(scripts[0]?.includes(`src="${cspSource}/dist/webview/${name}.js"`));
				assert.doesNotMatch(html, /<script\b[^>]*>[^<]+<\/script>/);
				for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) {
					assert.doesNotMatch(tag, /\son[a-z]+\s*=|\sstyle\s*=/i, tag);
				}
			});

			for (const title of hostileTitles) {
				it(`shows the title ${JSON.stringify(title)} as text`, () => {
					const { html } = page(title);
					assert.equal((html.match(/<script\b/g) ?? []).length, 1, 'no script injected');
					assert.equal((html.match(/<title>/g) ?? []).length, 1);
					assert.equal((html.match(/<\/title>/g) ?? []).length, 1, 'the title element is not closed early');
					assert.ok(!html.includes(title), 'the markup does not appear raw');
					for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) {
						assert.doesNotMatch(tag, /\son[a-z]+\s*=/i, tag);
					}
				});
			}

			it('gets a fresh 128-bit nonce from a cryptographic source for every page', () => {
				// Every page comes from the one shell in core; the feature's module only re-exports it.
				const shell = fs.readFileSync(path.join(root, 'src', 'features', name, 'webviewHtml.ts'), 'utf8');
				assert.match(shell, /from '\.\.\/\.\.\/core\/webviewPage'/);
				const source = fs.readFileSync(path.join(root, 'src', 'core', 'webviewPage.ts'), 'utf8');
				assert.match(source, /randomBytes\(16\)/);
				assert.doesNotMatch(source, /Math\.random/);
				const nonces = new Set(Array.from({ length: 500 }, () => createNonce()));
				assert.equal(nonces.size, 500);
				for (const nonce of nonces) {
					assert.equal(Buffer.from(nonce, 'base64').length, 16);
				}
			});
		});
	}
});

describe('webview scripts', () => {
	const files = sourceFiles(path.join(root, 'webview'));

	it('exist', () => {
		assert.ok(files.length > 0);
	});

	/** Ways to turn a string into markup or code: none may appear, so any text from Azure stays text. */
	const sinks: [string, RegExp][] = [
		['innerHTML / outerHTML', /\.(inner|outer)HTML\b/],
		['insertAdjacentHTML', /insertAdjacentHTML/],
		['document.write', /document\.write/],
		['DOMParser / createContextualFragment', /DOMParser|createContextualFragment/],
		['srcdoc', /srcdoc/],
		['eval / new Function', /\beval\s*\(|new\s+Function\s*\(/],
		['a timer given a string', /set(Timeout|Interval)\s*\(\s*['"`]/],
		['an event handler attribute', /setAttribute\(\s*['"`]on/],
		['a link or source set from data', /\.(href|src)\s*=|setAttribute\(\s*['"`](href|src)['"`]/],
		['network access', /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|navigator\.sendBeacon/],
	];
	for (const [name, pattern] of sinks) {
		it(`use no ${name}`, () => {
			for (const file of files) {
				const text = fs.readFileSync(file, 'utf8');
				assert.doesNotMatch(text, pattern, path.relative(root, file));
			}
		});
	}

	it('never see a token: nothing in them mentions one', () => {
		for (const file of files) {
			assert.doesNotMatch(fs.readFileSync(file, 'utf8'), /accessToken|getSession|authorization|bearer/i, file);
		}
	});
});
