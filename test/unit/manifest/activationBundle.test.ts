import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from './manifestFiles';

/**
 * What activation loads: `src/extension.ts` bundled as esbuild.mjs bundles it, with the Azure SDK bundle left
 * for first use. A value import of anything that reaches `@azure/*` would pull the SDK into it.
 */
async function bundleActivation(): Promise<esbuild.Metafile & { bytes: number }> {
	const result = await esbuild.build({
		absWorkingDir: repoRoot,
		entryPoints: ['src/extension.ts'],
		bundle: true,
		minify: true,
		write: false,
		metafile: true,
		platform: 'node',
		format: 'cjs',
		target: 'node20',
		external: ['vscode'],
		mainFields: ['module', 'main'],
		logLevel: 'silent',
		outfile: path.join(repoRoot, 'out', 'activation-bundle-check.js'),
		plugins: [
			{
				name: 'lazy-azure-clients',
				setup(build) {
					build.onResolve({ filter: /\/azureClients$/ }, (args) =>
						args.importer.endsWith('azureSessionManager.ts')
							? { path: './azureClients.js', external: true }
							: undefined,
					);
				},
			},
		],
	});
	return { ...result.metafile, bytes: result.outputFiles[0]?.contents.length ?? 0 };
}

describe('the activation bundle (dist/extension.js)', function () {
	this.timeout(30_000);

	it('holds no npm package: the Azure SDK loads on first use, from dist/azureClients.js', async () => {
		const metafile = await bundleActivation();
		const packages = Object.keys(metafile.inputs).filter((input) => input.includes('node_modules'));
		const importers = Object.entries(metafile.inputs)
			.filter(([input]) => !input.includes('node_modules'))
			.flatMap(([input, { imports }]) =>
				imports.filter((item) => item.path.includes('node_modules')).map((item) => `${input} -> ${item.path}`),
			);
		assert.deepEqual(importers, [], 'a value import reaches an npm package');
		assert.deepEqual(packages, []);
	});

	it('stays under 1.5 MB minified', async () => {
		const { bytes } = await bundleActivation();
		assert.ok(bytes < 1.5 * 1024 * 1024, `${bytes} bytes`);
	});
});
