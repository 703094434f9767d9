import * as vscode from 'vscode';

export const resourceScheme = 'standbypools-resource';

/** Serves resources' JSON as read-only documents, so a user can read but not accidentally edit them. */
export class ResourceDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
	private readonly contents = new Map<string, string>();
	private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
	readonly onDidChange = this.emitter.event;

	provideTextDocumentContent(uri: vscode.Uri): string {
		return this.contents.get(uri.toString()) ?? '';
	}

	async open(name: string, key: string, value: unknown): Promise<void> {
		const uri = vscode.Uri.from({ scheme: resourceScheme, path: `/${name}.json`, query: key });
		this.contents.set(uri.toString(), `${JSON.stringify(value, undefined, '\t')}\n`);
		this.emitter.fire(uri);
		const document = await vscode.workspace.openTextDocument(uri);
		await vscode.languages.setTextDocumentLanguage(document, 'json');
		await vscode.window.showTextDocument(document, { preview: true });
	}

	dispose(): void {
		this.emitter.dispose();
	}
}
