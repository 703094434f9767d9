import type { AzureChoices } from './azureChoices';
import { declaresTargetScope } from './bicepCompletionContext';
import { applyDynamicChoices } from './dynamicChoices';
import type { SnippetDefinition } from './snippetCatalog';

/**
 * The snippet text to offer in a given document: without a `targetScope` line when the file already
 * declares one (a second declaration is an error), and with the user's scale sets and regions as
 * choices when they are known. Pure code.
 */
export function adaptSnippet(
	template: string,
	definition: SnippetDefinition,
	documentText: string,
	choices: AzureChoices | undefined,
): string {
	let body = template;
	if (definition.language === 'bicep' && declaresTargetScope(documentText)) {
		body = body.replace(/^targetScope\s*=.*\n(?:[ \t]*\n)*/m, '');
	}
	if (choices) {
		body = applyDynamicChoices(body, definition, choices);
	}
	return body;
}
