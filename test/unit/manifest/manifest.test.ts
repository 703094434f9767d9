import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commandLinks, manifest, nls, repoRoot, resolve, stringsIn } from './manifestFiles';

/** Short words that stay lower case inside a Title Case title. */
const minorWords = new Set([
	'a',
	'an',
	'and',
	'as',
	'at',
	'by',
	'for',
	'from',
	'in',
	'of',
	'on',
	'or',
	'the',
	'to',
	'with',
]);

/** Commands that VS Code itself provides, which the walkthrough and welcome views may link to. */
const workbenchCommands = new Set(['workbench.action.openWalkthrough', 'workbench.action.files.newUntitledFile']);

function titleCaseProblems(title: string): string[] {
	return title
		.replace(/\.\.\.$/, '')
		.split(/\s+/)
		.map((word) => word.replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, ''))
		.filter((word, index) => word.length > 0 && !(index > 0 && minorWords.has(word)))
		.filter((word) => word[0] !== word[0]?.toUpperCase());
}

const codicons = new Set(
	fs
		.readFileSync(path.join(repoRoot, 'node_modules', '@vscode', 'codicons', 'dist', 'codicon.csv'), 'utf8')
		.split('\n')
		.map((line) => line.split(',')[0] ?? ''),
);

describe('package.json', () => {
	const contributes = manifest().contributes;
	const commandIds = new Set(contributes.commands.map((command) => command.command));
	const viewIds = Object.values(contributes.views).flatMap((views) => views.map((view) => view.id));

	it('resolves every %key% through package.nls.json', () => {
		const keys = nls();
		const missing = stringsIn(manifest())
			.filter(({ text }) => /^%.+%$/.test(text))
			.filter(({ text }) => keys[text.slice(1, -1)] === undefined)
			.map(({ path: at, text }) => `${at}: ${text}`);
		assert.deepEqual(missing, []);
	});

	it('uses every key of package.nls.json', () => {
		const used = new Set(
			stringsIn(manifest())
				.map(({ text }) => /^%(.+)%$/.exec(text)?.[1])
				.filter((key) => key !== undefined),
		);
		assert.deepEqual(
			Object.keys(nls()).filter((key) => !used.has(key)),
			[],
		);
	});

	it('gives every command a localised Title Case title, the one category and a codicon', () => {
		const problems = contributes.commands.flatMap((command) => {
			const title = resolve(command.title);
			const found: string[] = [];
			if (!/^%.+%$/.test(command.title)) {
				found.push('title is not a %key%');
			}
			if (command.category !== '%category%') {
				found.push(`category ${String(command.category)}`);
			}
			const wrongCase = titleCaseProblems(title);
			if (wrongCase.length > 0) {
				found.push(`"${title}" is not Title Case (${wrongCase.join(', ')})`);
			}
			const icon = typeof command.icon === 'string' ? /^\$\(([a-z0-9-]+)\)$/.exec(command.icon)?.[1] : undefined;
			if (!icon || !codicons.has(icon)) {
				found.push(`icon ${JSON.stringify(command.icon)} is not a codicon`);
			}
			return found.map((problem) => `${command.command}: ${problem}`);
		});
		assert.deepEqual(problems, []);
		assert.equal(resolve('%category%'), 'Standby Pools');
	});

	it('names only contributed commands in menus', () => {
		const unknown = Object.entries(contributes.menus).flatMap(([menu, entries]) =>
			entries
				.filter((entry) => entry.command !== undefined && !commandIds.has(entry.command))
				.map((entry) => `${menu}: ${String(entry.command)}`),
		);
		assert.deepEqual(unknown, []);
	});

	it('links welcome views and walkthrough steps only to commands that exist', () => {
		const texts = [
			...contributes.viewsWelcome.map((welcome) => resolve(welcome.contents)),
			...(contributes.walkthroughs ?? []).flatMap((walkthrough) =>
				walkthrough.steps.map((step) => resolve(step.description)),
			),
		];
		const known = (id: string): boolean =>
			commandIds.has(id) || workbenchCommands.has(id) || viewIds.some((view) => id === `${view}.focus`);
		assert.deepEqual(
			texts.flatMap(commandLinks).filter((id) => !known(id)),
			[],
		);
	});

	it('offers the local emulator in the signed-out welcome view', () => {
		const signedOut = contributes.viewsWelcome.find((welcome) => welcome.contents === '%welcome.signedOut%');
		assert.ok(signedOut, 'no signed-out welcome view');
		assert.ok(commandLinks(resolve(signedOut.contents)).includes('standbyPools.startLocalEmulator'));
	});

	it('has a getting-started walkthrough whose steps have media that exists and a way to complete', () => {
		const [walkthrough] = contributes.walkthroughs ?? [];
		assert.ok(walkthrough, 'no walkthrough');
		assert.deepEqual(
			walkthrough.steps.map((step) => step.id),
			['connect', 'explore', 'createPool', 'checkPrerequisites', 'insertSnippet'],
		);
		for (const step of walkthrough.steps) {
			const media = step.media.markdown ?? step.media.svg;
			assert.ok(media && fs.existsSync(path.join(repoRoot, media)), `${step.id}: media ${String(media)}`);
			assert.ok(media.startsWith('media/walkthrough/'), `${step.id}: media outside media/walkthrough`);
			assert.ok((step.completionEvents ?? []).length > 0, `${step.id}: no completion event`);
		}
	});

	it('activates on demand only, never at start-up', () => {
		const events = manifest().activationEvents ?? [];
		assert.deepEqual(
			events.filter((event) => event === '*' || event === 'onStartupFinished'),
			[],
		);
	});

	it('reads the settings that decide where requests go from user settings only', () => {
		const properties = contributes.configuration.properties;
		for (const key of ['standbyPools.connection', 'standbyPools.emulator.url', 'standbyPools.emulator.caFile']) {
			assert.equal(properties[key]?.scope, 'application', key);
		}
	});

	it('points at icons that exist', () => {
		const icons = [
			...Object.values(contributes.viewsContainers).flatMap((containers) => containers.map((item) => item.icon)),
			...Object.values(contributes.views).flatMap((views) => views.flatMap((view) => (view.icon ? [view.icon] : []))),
			(manifest() as unknown as { icon: string }).icon,
		];
		assert.deepEqual(
			icons.filter((icon) => !fs.existsSync(path.join(repoRoot, icon))),
			[],
		);
	});
});
