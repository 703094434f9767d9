import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { adaptSnippet } from '../../../src/features/bicep/adaptSnippet';
import {
	allSnippets,
	armSnippets,
	bicepSnippets,
	snippetSortText,
	type SnippetDefinition,
} from '../../../src/features/bicep/snippetCatalog';
import {
	expandSnippet,
	parseSnippet,
	tabStopIndexes,
	type SnippetNode,
} from '../../../src/features/bicep/snippetSyntax';
import { loadBicepGrammar } from './bicepSyntaxTree';
import { assertGolden } from './golden';
import {
	assertCleanBicep,
	assertNoKnownSampleMistakes,
	assertValidArmResource,
	assertValidBicepResources,
	providerRoleIds,
} from './outputChecks';
import { repoPath } from './repoPaths';
import { readTemplate } from './templateFiles';
import { loadStandbyPoolDefinitions } from './swaggerValidator';

function goldenName(definition: SnippetDefinition): string {
	return `snippets/${definition.file.replace(/^templates\//, '')}`;
}

type ChoiceNode = Extract<SnippetNode, { kind: 'choice' }>;

function choices(source: string): ChoiceNode[] {
	return parseSnippet(source).filter((node): node is ChoiceNode => node.kind === 'choice');
}

describe('snippet templates', () => {
	const definitions = loadStandbyPoolDefinitions();

	before(async () => {
		await loadBicepGrammar();
	});

	it('cover the same five resources, in the same order, in Bicep and in ARM templates', () => {
		assert.deepEqual(
			bicepSnippets.map((definition) => definition.id),
			armSnippets.map((definition) => definition.id),
		);
		assert.equal(bicepSnippets.length, 5);
		assert.deepEqual(
			bicepSnippets.map((definition) => definition.prefix),
			[
				'res-standby-vm-pool',
				'res-standby-vm-pool-existing-vmss',
				'res-standby-vm-pool-mix',
				'res-standby-pool-roles',
				'res-standby-container-pool',
			],
		);
		assert.ok(armSnippets.every((definition) => definition.prefix.startsWith('arm-standby-')));
	});

	it('sort the plain VM pool first', () => {
		for (const catalogue of [bicepSnippets, armSnippets]) {
			const sorted = [...catalogue].sort((left, right) => snippetSortText(left).localeCompare(snippetSortText(right)));
			assert.equal(sorted[0]?.id, 'vmPool');
		}
	});

	it('ship one template file per snippet and no stray files', () => {
		for (const folder of ['bicep', 'arm']) {
			const shipped = fs.readdirSync(repoPath('templates', folder)).map((file) => `templates/${folder}/${file}`);
			const catalogued = allSnippets
				.map((definition) => definition.file)
				.filter((file) => file.startsWith(`templates/${folder}/`));
			assert.deepEqual(shipped.sort(), catalogued.sort());
		}
	});

	for (const definition of allSnippets) {
		describe(definition.prefix, () => {
			const template = readTemplate(definition);
			const expanded = expandSnippet(template);

			it('numbers its tab stops from 1 without gaps', () => {
				const indexes = tabStopIndexes(template);
				assert.deepEqual(
					indexes,
					indexes.map((_, position) => position + 1),
				);
			});

			it('expands to its golden file', () => {
				assertGolden(goldenName(definition), `${expanded}\n`);
			});

			it('has the dynamic tab stops the catalogue names', () => {
				for (const dynamic of definition.dynamicChoices) {
					assert.ok(tabStopIndexes(template).includes(dynamic.tabStop), `tab stop ${dynamic.tabStop}`);
				}
			});

			it('does not repeat the mistakes of the public samples', () => {
				assertNoKnownSampleMistakes(template, definition.prefix);
				assertNoKnownSampleMistakes(expanded, definition.prefix);
			});

			if (definition.language === 'bicep') {
				it('is valid Bicep before any placeholder is filled, whichever choice is taken', () => {
					for (const [index, choice] of choices(template).entries()) {
						for (let option = 0; option < choice.options.length; option++) {
							const text = expandSnippet(template, (tabStop) => (tabStop === choice.index ? option : 0));
							const parsed = assertCleanBicep(text, `${definition.prefix} choice ${index}/${option}`);
							assertValidBicepResources(parsed, definitions, definition.prefix);
						}
					}
					assertValidBicepResources(assertCleanBicep(expanded, definition.prefix), definitions, definition.prefix);
				});
			} else {
				it('is a JSON resource object that satisfies the specification, whichever choice is taken', () => {
					const variants = [expanded];
					for (const choice of choices(template)) {
						choice.options.forEach((_, option) =>
							variants.push(expandSnippet(template, (tabStop) => (tabStop === choice.index ? option : 0))),
						);
					}
					for (const text of variants) {
						const resource = JSON.parse(text) as Record<string, unknown>;
						assertValidArmResource(resource, definitions, definition.prefix);
					}
				});
			}

			if (definition.id === 'vmPool' || definition.id === 'vmPoolExistingScaleSet') {
				it('offers the VM state as a choice, defaulting to a state valid on every scale set', () => {
					const [state] = choices(template);
					assert.deepEqual(state?.options, ['Deallocated', 'Running', 'Hibernated']);
				});
			}

			if (definition.id === 'providerRoles') {
				it('assigns exactly the three built-in roles the provider needs', () => {
					const ids = new Set(expanded.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g));
					ids.delete('00000000-0000-0000-0000-000000000000');
					assert.deepEqual([...ids].sort(), Object.keys(providerRoleIds).sort());
				});
			}
		});
	}

	describe('the role assignments, which belong at subscription scope,', () => {
		const roles = bicepSnippets.find((definition) => definition.id === 'providerRoles') as SnippetDefinition;
		const template = readTemplate(roles);

		it('declare the scope in a file that has none yet', () => {
			assert.equal(adaptSnippet(template, roles, '', undefined), template);
			assert.match(template, /^targetScope = 'subscription'/);
		});

		it('leave the declaration out in a file that already targets the subscription', () => {
			const document = "targetScope = 'subscription'\n";
			const body = adaptSnippet(template, roles, document, undefined);
			assert.doesNotMatch(body, /targetScope =/);
			assert.match(body, /^@description/);
			assertCleanBicep(document + expandSnippet(body), 'roles after targetScope');
		});

		it('say where they belong in a file that deploys to a resource group, and stay valid', () => {
			for (const document of ["targetScope = 'resourceGroup'\n", "resource a 'T@1' = {\n  name: 'a'\n}\n"]) {
				const body = adaptSnippet(template, roles, document, undefined);
				assert.match(body, /^\/\/ These role assignments take effect at the scope this file deploys to/);
				assert.doesNotMatch(body, /^targetScope =/m);
				assertCleanBicep(document + expandSnippet(body), 'roles in a resource group file');
			}
		});

		it('leave the other snippets unchanged', () => {
			const pool = bicepSnippets[0] as SnippetDefinition;
			assert.equal(
				adaptSnippet(readTemplate(pool), pool, "targetScope = 'resourceGroup'\n", undefined),
				readTemplate(pool),
			);
		});
	});
});
