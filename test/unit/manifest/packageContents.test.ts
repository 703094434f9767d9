import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { manifest, repoRoot } from './manifestFiles';
import { readZipEntries } from './zipEntries';

/** What may ship: the bundles, the templates, media, the manifest and its strings, and the documents. */
const allowed = [
	/^package\.json$/,
	/^package\.nls(\.[a-z-]+)?\.json$/,
	/^(README|CHANGELOG)\.md$/,
	/^LICENSE$/,
	/^media\/[a-z-]+\.(png|svg)$/,
	/^media\/walkthrough\/[A-Za-z0-9-]+\.(md|png|svg)$/,
	/^templates\/(bicep\/[a-z0-9-]+\.bicep|arm\/[a-z0-9-]+\.json)$/,
	/^dist\/(extension|azureClients)\.js$/,
	/^dist\/webview\/[A-Za-z0-9]+\.(js|css)$/,
	/^dist\/webview\/codicons\/codicon\.(css|ttf)$/,
	/^dist\/emulator\/main\.js$/,
];

/** vsce stores these under other names inside the .vsix. */
const vsixRenames: Readonly<Record<string, string>> = {
	'readme.md': 'README.md',
	'changelog.md': 'CHANGELOG.md',
	'LICENSE.txt': 'LICENSE',
};

/** What must ship for the extension to work once installed. */
function requiredFiles(): string[] {
	const walkthroughMedia = (manifest().contributes.walkthroughs ?? []).flatMap((walkthrough) =>
		walkthrough.steps.flatMap((step) => (step.media.markdown ? [step.media.markdown] : [])),
	);
	const templates = ['bicep', 'arm'].flatMap((kind) =>
		fs.readdirSync(path.join(repoRoot, 'templates', kind)).map((file) => `templates/${kind}/${file}`),
	);
	return [
		'package.json',
		'package.nls.json',
		'README.md',
		'CHANGELOG.md',
		'LICENSE',
		manifest().main.replace(/^\.\//, ''),
		'dist/azureClients.js',
		'dist/emulator/main.js',
		'dist/webview/poolForm.js',
		'media/icon.png',
		...walkthroughMedia,
		...templates,
	];
}

function problemsWith(files: readonly string[]): string[] {
	const notAllowed = files.filter((file) => !allowed.some((pattern) => pattern.test(file)));
	const forbidden = files.filter((file) =>
		/(\.map|\.ts|\.vsix)$|^(src|test|out|node_modules|emulator|bench|scripts|tools|webview|\.state|\.test-artifacts)\//.test(
			file,
		),
	);
	const missing = requiredFiles().filter((file) => !files.includes(file));
	return [
		...notAllowed.map((file) => `not on the allowlist: ${file}`),
		...forbidden.map((file) => `must not ship: ${file}`),
		...missing.map((file) => `missing: ${file}`),
	];
}

describe('the packaged extension', function () {
	this.timeout(120_000);

	it('holds only what the .vscodeignore allowlist names (vsce ls), without source maps or tests', () => {
		const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
		const listed = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], {
			cwd: repoRoot,
			encoding: 'utf8',
		})
			.split('\n')
			.map((line) => line.trim())
			.filter((line) => line.length > 0);
		assert.deepEqual(problemsWith(listed), []);
	});

	it('is the same in the built .vsix, whose bundled emulator carries its sample estate', function () {
		const vsix = path.join(repoRoot, 'dist', 'standby-pools.vsix');
		if (!fs.existsSync(vsix)) {
			this.skip();
		}
		const entries = readZipEntries(vsix);
		const files = entries
			.map((entry) => entry.name)
			.filter((name) => name.startsWith('extension/'))
			.map((name) => vsixRenames[name.slice('extension/'.length)] ?? name.slice('extension/'.length));
		assert.deepEqual(problemsWith(files), [], `${vsix} (npm run package rebuilds it)`);

		const emulator = entries.find((entry) => entry.name === 'extension/dist/emulator/main.js');
		assert.match(emulator?.read().toString('utf8') ?? '', /Contoso Production/, 'the seed is bundled into main.js');
		const packaged = JSON.parse(
			entries
				.find((entry) => entry.name === 'extension/package.json')
				?.read()
				.toString('utf8') ?? '{}',
		) as { main?: string };
		assert.equal(packaged.main, manifest().main);
	});
});
