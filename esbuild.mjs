// Bundles the extension host code, the webviews and the emulator.
// Usage: node esbuild.mjs [--watch] [--emulator-only] [--production]
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', legalComments: 'none' };

const emulator = {
	...common,
	entryPoints: { main: 'emulator/src/main.ts' },
	outdir: 'dist/emulator',
	platform: 'node',
	format: 'cjs',
	target: 'node20',
};

// The Azure SDK lives in its own bundle that the main one requires on first use: activation stays cheap.
const loadAzureClientsLazily = {
	name: 'lazy-azure-clients',
	setup(build) {
		build.onResolve({ filter: /\/azureClients$/ }, (args) =>
			args.importer.endsWith('azureSessionManager.ts') ? { path: './azureClients.js', external: true } : undefined,
		);
	},
};

const extension = {
	...common,
	entryPoints: { extension: 'src/extension.ts', azureClients: 'src/core/azure/azureClients.ts' },
	outdir: 'dist',
	platform: 'node',
	format: 'cjs',
	target: 'node20',
	external: ['vscode'],
	mainFields: ['module', 'main'],
	plugins: [loadAzureClientsLazily],
};

const webviewEntries = fs.existsSync('webview')
	? Object.fromEntries(
			fs
				.readdirSync('webview', { withFileTypes: true })
				.filter((entry) => entry.isDirectory() && fs.existsSync(path.join('webview', entry.name, 'main.ts')))
				.map((entry) => [entry.name, path.join('webview', entry.name, 'main.ts')]),
		)
	: {};

const webviews = {
	...common,
	entryPoints: webviewEntries,
	outdir: 'dist/webview',
	platform: 'browser',
	format: 'esm',
	target: 'es2022',
	loader: { '.css': 'css' },
};

function copyStaticAssets() {
	const codicons = 'node_modules/@vscode/codicons/dist';
	fs.mkdirSync('dist/webview/codicons', { recursive: true });
	for (const file of ['codicon.css', 'codicon.ttf']) {
		fs.copyFileSync(path.join(codicons, file), path.join('dist/webview/codicons', file));
	}
	for (const file of fs.readdirSync('webview/shared').filter((entry) => entry.endsWith('.css'))) {
		fs.copyFileSync(path.join('webview/shared', file), path.join('dist/webview', file));
	}
	for (const [name] of Object.entries(webviewEntries)) {
		const css = path.join('webview', name, 'styles.css');
		if (fs.existsSync(css)) {
			fs.copyFileSync(css, path.join('dist/webview', `${name}.css`));
		}
	}
}

const configs = args.has('--emulator-only') ? [emulator] : [extension, webviews, emulator];
if (args.has('--watch')) {
	for (const config of configs) {
		const context = await esbuild.context(config);
		await context.watch();
	}
} else {
	await Promise.all(configs.map((config) => esbuild.build(config)));
	if (!args.has('--emulator-only')) {
		copyStaticAssets();
	}
}
