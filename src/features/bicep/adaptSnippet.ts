import type { AzureChoices } from './azureChoices';
import { fileTargetScope } from './bicepCompletionContext';
import { applyDynamicChoices } from './dynamicChoices';
import type { SnippetDefinition } from './snippetCatalog';

const targetScopeLine = /^targetScope\s*=.*\n(?:[ \t]*\n)*/m;

/** Said in place of the declaration when the file deploys elsewhere; the snippet stays valid Bicep. */
const wrongScopeNote =
	"// These role assignments take effect at the scope this file deploys to. The Standby Pool Resource Provider\n// needs them on the subscription: deploy them from a file with targetScope = 'subscription'.\n";

/**
 * The snippet text to offer in a given document. The user's scale sets and regions become choices when
 * they are known. A snippet that declares `targetScope` drops the declaration when the file already
 * targets that scope (a second declaration is an error), and says where it belongs when the file targets
 * another one. Pure code.
 */
export function adaptSnippet(
	template: string,
	definition: SnippetDefinition,
	documentText: string,
	choices: AzureChoices | undefined,
): string {
	let body = template;
	const declared = /^targetScope\s*=\s*'([^']*)'/m.exec(body)?.[1];
	const scope = fileTargetScope(documentText);
	if (definition.language === 'bicep' && declared !== undefined && scope !== undefined) {
		body = body.replace(targetScopeLine, scope === declared ? '' : wrongScopeNote);
	}
	if (choices) {
		body = applyDynamicChoices(body, definition, choices);
	}
	return body;
}
