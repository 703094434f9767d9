import * as vscode from 'vscode';
import { getLogger } from '../../core/log';
import { adaptSnippet } from './adaptSnippet';
import type { AzureChoices } from './azureChoices';
import type { BackgroundCache } from './backgroundCache';
import { bicepCompletionContext, type CompletionContext } from './bicepCompletionContext';
import { armCompletionContext, isArmDeploymentTemplate } from './armCompletionContext';
import { snippetCompletionItem, valueCompletionItems } from './completionItems';
import type { SnippetDefinition } from './snippetCatalog';
import type { SnippetTemplateStore } from './snippetTemplateStore';

const log = getLogger('bicep');

/** How long completion may wait for the user's scale sets before it offers the static snippets alone. */
export const choicesDeadlineMs = 50;

/**
 * Offers the standby-pool snippets in Bicep files or in ARM templates, and the user's scale sets and
 * regions as property values. Lookups in Azure never hold completion up: when they are not ready the
 * list is marked incomplete, so the next keystroke asks again and picks them up.
 */
export class StandbyPoolCompletionProvider implements vscode.CompletionItemProvider {
	constructor(
		private readonly language: 'bicep' | 'arm',
		private readonly definitions: readonly SnippetDefinition[],
		private readonly templates: SnippetTemplateStore,
		private readonly choices: BackgroundCache<AzureChoices>,
	) {}

	async provideCompletionItems(
		document: vscode.TextDocument,
		position: vscode.Position,
	): Promise<vscode.CompletionList | undefined> {
		if (this.language === 'arm' && !isArmDeploymentTemplate(document.getText())) {
			return undefined;
		}
		// Parameter files share the bicep language id but hold no resources.
		if (this.language === 'bicep' && document.uri.path.endsWith('.bicepparam')) {
			return undefined;
		}
		const textBefore = document.getText(new vscode.Range(new vscode.Position(0, 0), position));
		const context: CompletionContext =
			this.language === 'bicep' ? bicepCompletionContext(textBefore) : armCompletionContext(textBefore);
		if (context.kind === 'none') {
			return undefined;
		}

		const azure = await this.choices.getWithin(choicesDeadlineMs);
		if (context.kind === 'value') {
			const range = new vscode.Range(position.line, context.valueStart, position.line, position.character);
			const items = azure ? valueCompletionItems(context.value, azure, range, this.language) : [];
			return new vscode.CompletionList(items, azure === undefined);
		}

		const templates = await this.templates.load();
		const range = new vscode.Range(position.line, context.tokenStart, position.line, position.character);
		const documentText = document.getText();
		const items = this.definitions.flatMap((definition) => {
			const template = templates.get(definition.file);
			if (template === undefined) {
				return [];
			}
			return [snippetCompletionItem(definition, this.adapt(template, definition, documentText, azure), range)];
		});
		return new vscode.CompletionList(items, azure === undefined);
	}

	private adapt(
		template: string,
		definition: SnippetDefinition,
		documentText: string,
		azure: AzureChoices | undefined,
	): string {
		try {
			return adaptSnippet(template, definition, documentText, azure);
		} catch (error) {
			// A template that lost a dynamic tab stop is a packaging fault; the static snippet still works.
			log.error(`Snippet ${definition.prefix}: ${String(error)}`);
			return adaptSnippet(template, definition, documentText, undefined);
		}
	}
}
