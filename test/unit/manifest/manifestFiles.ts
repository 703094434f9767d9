import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root, from the compiled test's folder (out/test/unit/manifest). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

export function readJson<T>(relativePath: string): T {
	return JSON.parse(fs.readFileSync(path.join(repoRoot, relativePath), 'utf8')) as T;
}

export interface CommandContribution {
	readonly command: string;
	readonly title: string;
	readonly category?: string;
	readonly icon?: string | { light: string; dark: string };
}

export interface WalkthroughStep {
	readonly id: string;
	readonly title: string;
	readonly description: string;
	readonly media: { readonly markdown?: string; readonly image?: unknown; readonly svg?: string };
	readonly completionEvents?: readonly string[];
}

export interface Manifest {
	readonly main: string;
	readonly activationEvents?: readonly string[];
	readonly contributes: {
		readonly commands: readonly CommandContribution[];
		readonly menus: Readonly<Record<string, readonly { readonly command?: string; readonly submenu?: string }[]>>;
		readonly views: Readonly<Record<string, readonly { readonly id: string; readonly icon?: string }[]>>;
		readonly viewsContainers: Readonly<Record<string, readonly { readonly id: string; readonly icon: string }[]>>;
		readonly viewsWelcome: readonly { readonly view: string; readonly contents: string }[];
		readonly walkthroughs?: readonly { readonly id: string; readonly steps: readonly WalkthroughStep[] }[];
		readonly configuration: {
			readonly properties: Readonly<Record<string, { readonly scope?: string; readonly markdownDescription?: string }>>;
		};
	};
}

export const manifest = (): Manifest => readJson<Manifest>('package.json');
export const nls = (): Record<string, string> => readJson<Record<string, string>>('package.nls.json');

/** Every string in a JSON value, with the path that leads to it. */
export function stringsIn(value: unknown, at = ''): { path: string; text: string }[] {
	if (typeof value === 'string') {
		return [{ path: at, text: value }];
	}
	if (Array.isArray(value)) {
		return value.flatMap((item, index) => stringsIn(item, `${at}[${index}]`));
	}
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([key, item]) => stringsIn(item, at ? `${at}.${key}` : key));
	}
	return [];
}

/** A `%key%` manifest string resolved through package.nls.json (other strings as they are). */
export function resolve(text: string): string {
	const match = /^%(.+)%$/.exec(text);
	return match ? (nls()[match[1] ?? ''] ?? text) : text;
}

/** The command ids that `command:` links in a (resolved) markdown text run. */
export function commandLinks(markdown: string): string[] {
	return [...markdown.matchAll(/\(command:([A-Za-z0-9_.-]+)/g)].map((match) => match[1] ?? '');
}
