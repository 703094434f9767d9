import * as assert from 'node:assert/strict';
import { cloudFromSettings, publicCloud } from '../../../src/core/azure/cloudEnvironment';

describe('cloudFromSettings', () => {
	it('uses the public cloud and the microsoft provider when nothing is set', () => {
		assert.deepEqual(cloudFromSettings(undefined, undefined), publicCloud);
		assert.deepEqual(cloudFromSettings('', undefined), publicCloud);
	});

	it('knows the China and US Government clouds, through the sovereign-cloud provider', () => {
		const china = cloudFromSettings('ChinaCloud', undefined);
		assert.equal(china.resourceManager, 'https://management.chinacloudapi.cn');
		assert.equal(china.portal, 'https://portal.azure.cn');
		assert.equal(china.authenticationProviderId, 'microsoft-sovereign-cloud');
		assert.equal(cloudFromSettings('USGovernment', undefined).resourceManager, 'https://management.usgovcloudapi.net');
	});

	it('reads a custom cloud, keeping only https origins', () => {
		const custom = cloudFromSettings('custom', {
			name: 'Contoso Stack',
			resourceManagerEndpointUrl: 'https://management.contoso.example/some/path',
			portalUrl: 'https://portal.contoso.example',
		});
		assert.equal(custom.resourceManager, 'https://management.contoso.example');
		assert.equal(custom.portal, 'https://portal.contoso.example');
		assert.equal(custom.name, 'Contoso Stack');
	});

	it('falls back to the public cloud for a custom cloud over http or without an endpoint', () => {
		assert.deepEqual(
			cloudFromSettings('custom', { resourceManagerEndpointUrl: 'http://management.contoso.example' }),
			publicCloud,
		);
		assert.deepEqual(cloudFromSettings('custom', {}), publicCloud);
		assert.deepEqual(cloudFromSettings('custom', 'not an object'), publicCloud);
	});
});
