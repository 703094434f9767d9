import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..', '..');

interface Setting {
	readonly scope?: string;
	readonly type?: string;
}

interface Manifest {
	readonly capabilities?: {
		readonly untrustedWorkspaces?: {
			readonly supported?: boolean | 'limited';
			readonly restrictedConfigurations?: string[];
		};
		readonly virtualWorkspaces?: boolean | { readonly supported?: boolean | 'limited' };
	};
	readonly contributes: { readonly configuration: { readonly properties: Record<string, Setting> } };
}

const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest;
const settings = Object.entries(manifest.contributes.configuration.properties);

/** Settings a workspace may set because they change nothing but how the extension looks or how often it polls. */
const harmlessInAWorkspace = new Set(['standbyPools.refresh.intervalSeconds']);

function sourceFiles(folder: string): string[] {
	return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(folder, entry.name);
		return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
	});
}

describe('what a workspace can change', () => {
	it('declares Workspace Trust support explicitly', () => {
		assert.equal(typeof manifest.capabilities?.untrustedWorkspaces?.supported, 'boolean');
	});

	it('runs fully in an untrusted workspace only because no setting a workspace can set redirects, authenticates or runs anything', () => {
		if (manifest.capabilities?.untrustedWorkspaces?.supported !== true) {
			return;
		}
		for (const [key, setting] of settings) {
			if (harmlessInAWorkspace.has(key)) {
				continue;
			}
			assert.ok(
				setting.scope === 'application' || setting.scope === 'machine',
				`${key} has scope ${setting.scope ?? 'window (the default)'}: a cloned repository could set it. Make it application-scoped, list it in restrictedConfigurations with "limited" support, or add it to the harmless list with a reason.`,
			);
		}
	});

	it('reads the settings that redirect requests from user settings only', () => {
		const connection = fs.readFileSync(path.join(root, 'src', 'core', 'azure', 'connectionSettings.ts'), 'utf8');
		assert.match(connection, /inspect<T>\(key\)[\s\S]*globalValue/);
		const credentials = fs.readFileSync(path.join(root, 'src', 'core', 'azure', 'credentials.ts'), 'utf8');
		assert.match(credentials, /inspect\('environment'\)\?\.globalValue/);
		assert.match(credentials, /inspect\('customEnvironment'\)\?\.globalValue/);
		for (const file of sourceFiles(path.join(root, 'src'))) {
			const text = fs.readFileSync(file, 'utf8');
			assert.doesNotMatch(
				text,
				/\.get(<[^>]*>)?\(\s*['"](connection|emulator\.url|emulator\.caFile|environment|customEnvironment)['"]/,
				`${path.relative(root, file)} reads a redirecting setting with get(), which includes workspace values`,
			);
		}
	});

	it('declares virtual-workspace support, and reads no workspace file through the disk', () => {
		assert.notEqual(manifest.capabilities?.virtualWorkspaces, undefined);
		for (const file of sourceFiles(path.join(root, 'src'))) {
			const text = fs.readFileSync(file, 'utf8');
			assert.doesNotMatch(text, /workspaceFolders[\s\S]{0,80}fsPath/, path.relative(root, file));
		}
	});
});
