import type { AzureChoices } from './azureChoices';
import { bicepString } from './bicepLiteral';
import type { DynamicChoiceKind, SnippetDefinition } from './snippetCatalog';
import { addChoices } from './snippetSyntax';

/**
 * Adds the user's scale sets and regions as choices to a snippet's dynamic tab stops. The template's
 * own default stays the first option, so accepting a snippet without looking gives the same text
 * whether or not anyone is signed in.
 */
export function applyDynamicChoices(body: string, definition: SnippetDefinition, choices: AzureChoices): string {
	let result = body;
	for (const dynamic of definition.dynamicChoices) {
		result = addChoices(result, dynamic.tabStop, choiceValues(dynamic.kind, choices));
	}
	return result;
}

/** The options one kind of dynamic tab stop offers, written for the template's language. */
export function choiceValues(kind: DynamicChoiceKind, choices: AzureChoices): string[] {
	switch (kind) {
		case 'bicepScaleSetId':
			// A choice shows the text it inserts, and an id is too long to read in the list; the comment in
			// front names the scale set where the list shows it, and keeps saying so in the file.
			return choices.scaleSets.map(
				(scaleSet) => `/* ${scaleSet.name} in ${scaleSet.resourceGroup} */ ${bicepString(scaleSet.id)}`,
			);
		case 'scaleSetName':
			return unique(choices.scaleSets.map((scaleSet) => scaleSet.name));
		case 'bicepScaleSetResourceGroup':
			return unique(choices.scaleSets.map((scaleSet) => `resourceGroup(${bicepString(scaleSet.resourceGroup)})`));
		case 'bicepLocation':
			return choices.locations.map(bicepString);
		case 'armScaleSetId':
			return choices.scaleSets.map((scaleSet) => jsonStringContent(scaleSet.id));
		case 'armLocation':
			return choices.locations.map(jsonStringContent);
	}
}

/** Text that can stand between the quotes of a JSON string. */
function jsonStringContent(value: string): string {
	return JSON.stringify(value).slice(1, -1);
}

function unique(values: readonly string[]): string[] {
	return [...new Set(values)];
}
