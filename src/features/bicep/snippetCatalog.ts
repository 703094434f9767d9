/**
 * The snippet catalogue: which template files exist, the prefix a user types for each, and which tab
 * stops take the user's real scale sets and regions. The snippet bodies live in `templates/` as real
 * files; this module only names them. Pure code, shared by the providers and the golden tests.
 */

export type SnippetLanguage = 'bicep' | 'arm';

export type SnippetId = 'vmPool' | 'vmPoolExistingScaleSet' | 'vmPoolMix' | 'providerRoles' | 'containerPool';

/** What a dynamic tab stop offers, and how the value is written in the template's language. */
export type DynamicChoiceKind =
	/** A Bicep string literal holding a scale set's resource id. */
	| 'bicepScaleSetId'
	/** A scale set's name, inside quotes the template already has. */
	| 'scaleSetName'
	/** A Bicep `resourceGroup('name')` scope for a scale set's resource group. */
	| 'bicepScaleSetResourceGroup'
	/** A Bicep string literal holding a region. */
	| 'bicepLocation'
	/** A scale set's resource id inside a JSON string. */
	| 'armScaleSetId'
	/** A region inside a JSON string. */
	| 'armLocation';

export interface DynamicChoice {
	readonly tabStop: number;
	readonly kind: DynamicChoiceKind;
}

export interface SnippetDefinition {
	readonly id: SnippetId;
	readonly language: SnippetLanguage;
	/** What the user types; also the completion item's label. */
	readonly prefix: string;
	/** Path of the template relative to the extension's root, with forward slashes. */
	readonly file: string;
	readonly dynamicChoices: readonly DynamicChoice[];
}

/** Snippet ids in the order the completion list shows them: the plain VM pool first. */
export const snippetOrder: readonly SnippetId[] = [
	'vmPool',
	'vmPoolExistingScaleSet',
	'vmPoolMix',
	'providerRoles',
	'containerPool',
];

export const bicepSnippets: readonly SnippetDefinition[] = [
	bicep('vmPool', 'res-standby-vm-pool', [
		{ tabStop: 3, kind: 'bicepLocation' },
		{ tabStop: 4, kind: 'bicepScaleSetId' },
	]),
	bicep('vmPoolExistingScaleSet', 'res-standby-vm-pool-existing-vmss', [
		{ tabStop: 2, kind: 'scaleSetName' },
		{ tabStop: 3, kind: 'bicepScaleSetResourceGroup' },
	]),
	bicep('vmPoolMix', 'res-standby-vm-pool-mix', [
		{ tabStop: 3, kind: 'bicepLocation' },
		{ tabStop: 4, kind: 'bicepScaleSetId' },
	]),
	// TODO: offer the provider's principal id as a choice once core can ask Microsoft Graph for it, and the
	// Compute Gallery roles for gallery images; until then the parameter's description says how to find it.
	bicep('providerRoles', 'res-standby-pool-roles', []),
	bicep('containerPool', 'res-standby-container-pool', [{ tabStop: 3, kind: 'bicepLocation' }]),
];

export const armSnippets: readonly SnippetDefinition[] = [
	arm('vmPool', 'arm-standby-vm-pool', [
		{ tabStop: 2, kind: 'armLocation' },
		{ tabStop: 3, kind: 'armScaleSetId' },
	]),
	arm('vmPoolExistingScaleSet', 'arm-standby-vm-pool-existing-vmss', [{ tabStop: 2, kind: 'scaleSetName' }]),
	arm('vmPoolMix', 'arm-standby-vm-pool-mix', [
		{ tabStop: 2, kind: 'armLocation' },
		{ tabStop: 3, kind: 'armScaleSetId' },
	]),
	arm('providerRoles', 'arm-standby-pool-roles', []),
	arm('containerPool', 'arm-standby-container-pool', [{ tabStop: 2, kind: 'armLocation' }]),
];

export const allSnippets: readonly SnippetDefinition[] = [...bicepSnippets, ...armSnippets];

/** A sort key that keeps the catalogue's order ahead of other providers' items with the same score. */
export function snippetSortText(definition: SnippetDefinition): string {
	return `0${snippetOrder.indexOf(definition.id)}`;
}

/** Templates are stored with a final newline, which a snippet must not insert, and maybe with CRLF. */
export function normalizeTemplate(text: string): string {
	return text.replace(/\r\n/g, '\n').replace(/\n+$/, '');
}

function bicep(id: SnippetId, prefix: string, dynamicChoices: readonly DynamicChoice[]): SnippetDefinition {
	return { id, language: 'bicep', prefix, file: `templates/bicep/${prefix}.bicep`, dynamicChoices };
}

function arm(id: SnippetId, prefix: string, dynamicChoices: readonly DynamicChoice[]): SnippetDefinition {
	return { id, language: 'arm', prefix, file: `templates/arm/${prefix}.json`, dynamicChoices };
}
