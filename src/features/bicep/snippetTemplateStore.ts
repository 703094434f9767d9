import * as vscode from 'vscode';
import { getLogger } from '../../core/log';
import { normalizeTemplate, type SnippetDefinition } from './snippetCatalog';

const log = getLogger('bicep');

/**
 * Reads the snippet templates shipped in `templates/` once, asynchronously, and keeps them. A failed
 * read is retried on the next request rather than remembered, since it can only be a packaging fault
 * or a transient file-system error.
 */
export class SnippetTemplateStore {
	private loading: Promise<ReadonlyMap<string, string>> | undefined;

	constructor(
		private readonly extensionUri: vscode.Uri,
		private readonly definitions: readonly SnippetDefinition[],
	) {}

	/** The template text of every definition, keyed by its `file`. */
	load(): Promise<ReadonlyMap<string, string>> {
		if (!this.loading) {
			const loading = this.readAll();
			this.loading = loading;
			loading.catch((error: unknown) => {
				log.error(`Could not read the snippet templates: ${String(error)}`);
				if (this.loading === loading) {
					this.loading = undefined;
				}
			});
		}
		return this.loading;
	}

	private async readAll(): Promise<ReadonlyMap<string, string>> {
		const started = Date.now();
		const decoder = new TextDecoder('utf-8');
		const entries = await Promise.all(
			this.definitions.map(async (definition): Promise<[string, string]> => {
				const uri = vscode.Uri.joinPath(this.extensionUri, ...definition.file.split('/'));
				const text = decoder.decode(await vscode.workspace.fs.readFile(uri));
				return [definition.file, normalizeTemplate(text)];
			}),
		);
		log.debug(`Read ${entries.length} snippet templates in ${Date.now() - started} ms`);
		return new Map(entries);
	}
}
