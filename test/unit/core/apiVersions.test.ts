import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import https from 'node:https';
import * as path from 'node:path';
import {
	newestStandbyPoolApiVersion,
	standbyPoolApiVersions,
	isStandbyPoolApiVersion,
} from '../../../src/core/azure/apiVersions';
import type { ArmEndpoint } from '../../../src/core/azure/armClientOptions';
import { emulatorCredential } from '../../../src/core/azure/refreshableCredential';
import { StandbyPoolClient } from '../../../src/core/azure/standbyPoolClient';
import { standbyPoolApiVersion } from '../../../src/core/azure/standbyPoolModels';
import { featuresFor } from '../../../src/features/poolForm/apiFeatures';
import { buildCreateBody } from '../../../src/features/poolForm/poolRequests';
import { createContext, values } from '../poolForm/fixtures';
import { seedIds, startTestEmulator, type TestEmulator } from '../../emulator/helpers/testEmulator';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

interface SettingContribution {
	readonly enum?: readonly string[];
	readonly enumDescriptions?: readonly string[];
	readonly default?: unknown;
	readonly scope?: string;
}

function apiVersionSetting(): SettingContribution | undefined {
	const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
		contributes: { configuration: { properties: Record<string, SettingContribution> } };
	};
	return manifest.contributes.configuration.properties['standbyPools.apiVersion'];
}

describe('Microsoft.StandbyPool api-versions', () => {
	it('the setting offers exactly the stable versions, the newest by default, from user settings only', () => {
		const setting = apiVersionSetting();
		assert.deepEqual([...(setting?.enum ?? [])].sort(), [...standbyPoolApiVersions].sort());
		assert.equal(setting?.enumDescriptions?.length, standbyPoolApiVersions.length);
		assert.equal(setting?.default, newestStandbyPoolApiVersion);
		assert.equal(setting?.scope, 'application');
		assert.equal(standbyPoolApiVersion, newestStandbyPoolApiVersion);
	});

	it('knows only the stable versions', () => {
		assert.ok(isStandbyPoolApiVersion('2025-03-01'));
		assert.ok(!isStandbyPoolApiVersion('2025-03-01-preview'));
		assert.ok(!isStandbyPoolApiVersion(undefined));
	});

	describe('the client against the emulator', function () {
		this.timeout(20_000);
		let test: TestEmulator;
		let endpoint: ArmEndpoint;

		before(async () => {
			test = await startTestEmulator();
			endpoint = {
				url: test.emulator.url,
				credential: emulatorCredential(),
				scope: `${test.emulator.url}/.default`,
				agent: new https.Agent({ ca: fs.readFileSync(test.emulator.caFile) }),
				timeoutMs: 10_000,
			};
		});

		after(async () => {
			await test.stop();
		});

		beforeEach(() => test.emulator.reset());

		async function loggedVersions(): Promise<string[]> {
			const log = (await test.request('GET', '/_emulator/requests')).body.value as { apiVersion?: string }[];
			return [...new Set(log.map((entry) => entry.apiVersion ?? ''))];
		}

		it('sends the newest version unless told otherwise', async () => {
			await new StandbyPoolClient(endpoint).listPools(seedIds.production);
			assert.deepEqual(await loggedVersions(), [newestStandbyPoolApiVersion]);
		});

		for (const apiVersion of standbyPoolApiVersions) {
			it(`at ${apiVersion}, creates a pool from what the form builds for that version`, async () => {
				const client = new StandbyPoolClient(endpoint, apiVersion);
				const scaleSetId = seedIds.scaleSet(seedIds.production, 'rg-web', 'web-vmss');
				const context = createContext({
					apiVersion,
					subscriptionId: seedIds.production,
					scaleSetId,
					scaleSet: undefined,
				});
				// Every field filled: the body leaves out what the version lacks, or the emulator refuses it.
				const typed = values({
					virtualMachineState: featuresFor(apiVersion).mix ? 'Mix' : 'Deallocated',
					runningPercent: '40',
					deallocatedPercent: '60',
					hibernatedPercent: '0',
					postProvisioningDelay: 'PT2M',
					dynamicSizingEnabled: true,
					minReadyCapacity: '1',
					maxReadyCapacity: '4',
				});
				const poolId = `/subscriptions/${seedIds.production}/resourceGroups/rg-web/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/web-pool`;
				const pool = await client.createOrReplacePool(poolId, buildCreateBody(typed, context));

				assert.equal(pool.name, 'web-pool');
				assert.equal(pool.properties.elasticityProfile?.maxReadyCapacity, 4);
				assert.equal(
					pool.properties.elasticityProfile?.postProvisioningDelay !== undefined,
					apiVersion >= '2025-10-01',
				);
				assert.equal(pool.properties.vmStateDistribution !== undefined, apiVersion >= '2026-04-01');
				assert.deepEqual(await loggedVersions(), [apiVersion]);
			});
		}
	});
});
