import * as vscode from 'vscode';
import type { AzureChoices } from './azureChoices';
import { bicepString } from './bicepLiteral';
import type { ValueKind } from './bicepCompletionContext';
import { snippetSortText, type SnippetDefinition } from './snippetCatalog';
import { describeSnippet } from './snippetDescriptions';
import { expandSnippet } from './snippetSyntax';

/** A snippet as a completion item that replaces `range` (the prefix typed so far). */
export function snippetCompletionItem(
	definition: SnippetDefinition,
	body: string,
	range: vscode.Range,
): vscode.CompletionItem {
	const description = describeSnippet(definition.id);
	const item = new vscode.CompletionItem(
		{ label: definition.prefix, description: description.title },
		vscode.CompletionItemKind.Snippet,
	);
	item.insertText = new vscode.SnippetString(body);
	item.range = range;
	item.filterText = definition.prefix;
	item.sortText = snippetSortText(definition);
	item.detail = description.detail;

	const documentation = new vscode.MarkdownString();
	if (description.note) {
		documentation.appendText(description.note);
		documentation.appendMarkdown('\n\n');
	}
	documentation.appendCodeblock(expandSnippet(body), definition.language === 'bicep' ? 'bicep' : 'json');
	item.documentation = documentation;
	return item;
}

/** The user's scale sets or regions as values for the property being written. */
export function valueCompletionItems(
	kind: ValueKind,
	choices: AzureChoices,
	range: vscode.Range,
	language: 'bicep' | 'arm',
): vscode.CompletionItem[] {
	const quote = (text: string): string => (language === 'bicep' ? bicepString(text) : JSON.stringify(text));

	if (kind === 'scaleSetId') {
		return choices.scaleSets.map((scaleSet, index) => {
			const item = new vscode.CompletionItem(
				{ label: scaleSet.name, description: scaleSet.resourceGroup, detail: ` ${scaleSet.location}` },
				vscode.CompletionItemKind.Value,
			);
			item.insertText = quote(scaleSet.id);
			item.filterText = quote(scaleSet.id);
			item.detail = scaleSet.id;
			item.range = range;
			item.sortText = String(index).padStart(4, '0');
			return item;
		});
	}

	return choices.locations.map((location, index) => {
		const item = new vscode.CompletionItem(location, vscode.CompletionItemKind.Value);
		item.insertText = quote(location);
		item.filterText = quote(location);
		item.detail = vscode.l10n.t('Region of one of your scale sets');
		item.range = range;
		item.sortText = String(index).padStart(4, '0');
		return item;
	});
}
