import * as assert from 'node:assert/strict';
import type { AzureSession } from '../../../src/core/azure/standbyPoolApi';
import type { AzureSessions } from '../../../src/core/azure/azureSessions';
import { maximumScaleSetChoices, normalizeLocation, toAzureChoices } from '../../../src/features/bicep/azureChoices';
import { loadAzureChoices } from '../../../src/features/bicep/loadAzureChoices';
import { scaleSet } from './bicepFixtures';

describe('Azure choices for snippets', () => {
	it('offers Flexible scale sets only, sorted by name, with their regions', () => {
		const choices = toAzureChoices([
			scaleSet('web-vmss', 'rg-web', 'East US'),
			scaleSet('batch-vmss', 'rg-batch', 'westeurope', 'Uniform'),
			{ ...scaleSet('api-vmss', 'rg-api', 'westeurope'), orchestrationMode: undefined },
			scaleSet('jobs-vmss', 'rg-jobs', 'eastus', 'flexible'),
		]);
		assert.deepEqual(
			choices.scaleSets.map((choice) => `${choice.name}/${choice.resourceGroup}/${choice.location}`),
			['jobs-vmss/rg-jobs/eastus', 'web-vmss/rg-web/eastus'],
		);
		assert.deepEqual(choices.locations, ['eastus']);
	});

	it('leaves out names that could break out of a quoted string, and caps the list', () => {
		assert.deepEqual(toAzureChoices([scaleSet("it's", 'rg', 'eastus')]).scaleSets, []);
		const many = Array.from({ length: maximumScaleSetChoices + 5 }, (_, index) =>
			scaleSet(`vmss-${index}`, 'rg', 'eastus'),
		);
		assert.equal(toAzureChoices(many).scaleSets.length, maximumScaleSetChoices);
	});

	it('writes regions in their short form', () => {
		assert.equal(normalizeLocation('West US 2'), 'westus2');
	});

	describe('loading', () => {
		function sessions(session: Partial<AzureSession> | undefined): AzureSessions & { asked: unknown[] } {
			const asked: unknown[] = [];
			return {
				asked,
				getSession: async (options) => {
					asked.push(options);
					return session as AzureSession | undefined;
				},
				onDidChangeSession: () => ({ dispose: () => undefined }),
				selectedTenantId: undefined,
				selectTenant: async () => undefined,
			};
		}

		it('offers nothing, and never prompts, when nobody is signed in', async () => {
			const none = sessions(undefined);
			assert.deepEqual(await loadAzureChoices(none, new AbortController().signal), { scaleSets: [], locations: [] });
			assert.deepEqual(none.asked, [{ signIn: false }]);
		});

		it('gathers every subscription and skips one that fails to list', async () => {
			const failures: string[] = [];
			const signedIn = sessions({
				subscriptions: {
					listTenants: async () => [],
					listSubscriptions: async () => [
						{ subscriptionId: 'a', displayName: 'A', tenantId: undefined, state: 'Enabled' },
						{ subscriptionId: 'b', displayName: 'B', tenantId: undefined, state: 'Enabled' },
					],
				},
				scaleSets: {
					listScaleSets: async (subscriptionId) => {
						if (subscriptionId === 'b') {
							throw new Error('AuthorizationFailed');
						}
						return [scaleSet('web-vmss', 'rg-web', 'eastus')];
					},
					getScaleSet: async () => {
						throw new Error('not used');
					},
				},
			});
			const choices = await loadAzureChoices(signedIn, new AbortController().signal, (id) => failures.push(id));
			assert.deepEqual(
				choices.scaleSets.map((choice) => choice.name),
				['web-vmss'],
			);
			assert.deepEqual(failures, ['b']);
		});
	});
});
