import * as assert from 'node:assert/strict';
import { adaptSnippet } from '../../../src/features/bicep/adaptSnippet';
import { noAzureChoices } from '../../../src/features/bicep/azureChoices';
import { choiceValues } from '../../../src/features/bicep/dynamicChoices';
import { allSnippets } from '../../../src/features/bicep/snippetCatalog';
import { expandSnippet, parseSnippet } from '../../../src/features/bicep/snippetSyntax';
import { sampleChoices } from './bicepFixtures';
import { loadBicepGrammar } from './bicepSyntaxTree';
import { assertGolden } from './golden';
import {
	assertCleanBicep,
	assertLiteralIdsParse,
	assertNoKnownSampleMistakes,
	assertValidArmResource,
	assertValidBicepResources,
} from './outputChecks';
import { readTemplate } from './templateFiles';
import { loadStandbyPoolDefinitions } from './swaggerValidator';

describe('dynamic snippet choices', () => {
	const definitions = loadStandbyPoolDefinitions();

	before(async () => {
		await loadBicepGrammar();
	});

	it('write ids, names, resource groups and regions for the template language', () => {
		assert.deepEqual(
			choiceValues('bicepScaleSetId', sampleChoices),
			sampleChoices.scaleSets.map((choice) => `/* ${choice.name} in ${choice.resourceGroup} */ '${choice.id}'`),
		);
		assert.deepEqual(choiceValues('scaleSetName', sampleChoices), ['api-vmss', 'web-vmss']);
		assert.deepEqual(choiceValues('bicepScaleSetResourceGroup', sampleChoices), [
			"resourceGroup('rg-api')",
			"resourceGroup('rg-web')",
		]);
		assert.deepEqual(choiceValues('bicepLocation', sampleChoices), ["'eastus'", "'westeurope'"]);
		assert.deepEqual(choiceValues('armLocation', sampleChoices), ['eastus', 'westeurope']);
	});

	it('leave every snippet as it is when nothing is known', () => {
		for (const definition of allSnippets) {
			const template = readTemplate(definition);
			assert.equal(adaptSnippet(template, definition, '', noAzureChoices), template);
		}
	});

	for (const definition of allSnippets.filter((candidate) => candidate.dynamicChoices.length > 0)) {
		describe(definition.prefix, () => {
			const template = readTemplate(definition);
			const body = adaptSnippet(template, definition, '', sampleChoices);

			it('matches its golden file, and keeps the template default as the first option', () => {
				assertGolden(`snippets-with-choices/${definition.file.replace(/^templates\//, '')}.snippet`, `${body}\n`);
				assert.equal(expandSnippet(body), expandSnippet(template));
			});

			it('offers the scale set web-vmss of rg-web, or its region, where the template asks for them', () => {
				const kinds = definition.dynamicChoices.map((dynamic) => dynamic.kind);
				if (kinds.some((kind) => kind !== 'bicepLocation' && kind !== 'armLocation')) {
					assert.match(body, /web-vmss/);
				}
				if (kinds.some((kind) => kind.endsWith('Id') || kind === 'bicepScaleSetResourceGroup')) {
					assert.match(body, /rg-web/);
				}
				if (kinds.some((kind) => kind.endsWith('Location'))) {
					assert.match(body, /eastus/);
				}
			});

			it('stays valid and free of sample mistakes with every option of every dynamic tab stop', () => {
				for (const dynamic of definition.dynamicChoices) {
					const node = parseSnippet(body).find(
						(candidate) => candidate.kind === 'choice' && candidate.index === dynamic.tabStop,
					);
					assert.ok(node?.kind === 'choice', `tab stop ${dynamic.tabStop} is a choice`);
					node.options.forEach((_, option) => {
						const text = expandSnippet(body, (index) => (index === dynamic.tabStop ? option : 0));
						const label = `${definition.prefix} tab stop ${dynamic.tabStop} option ${option}`;
						assertNoKnownSampleMistakes(text, label);
						if (definition.language === 'bicep') {
							const parsed = assertCleanBicep(text, label);
							assertValidBicepResources(parsed, definitions, label);
							assertLiteralIdsParse(parsed.resources, label);
						} else {
							const resource = JSON.parse(text) as Record<string, unknown>;
							assertValidArmResource(resource, definitions, label);
							assertLiteralIdsParse(resource, label);
						}
					});
				}
			});
		});
	}
});
