import * as assert from 'node:assert/strict';
import { isResourceOfType, parseResourceId, sameResourceId } from '../../../src/core/azure/resourceId';

const scaleSetId =
	'/subscriptions/00000000-0000-0000-0000-000000000009/resourceGroups/rg-web/providers/Microsoft.Compute/virtualMachineScaleSets/web-vmss';

describe('parseResourceId', () => {
	it('reads subscription, resource group, provider, type and name', () => {
		const parsed = parseResourceId(scaleSetId);
		assert.deepEqual(parsed, {
			subscriptionId: '00000000-0000-0000-0000-000000000009',
			resourceGroup: 'rg-web',
			provider: 'Microsoft.Compute',
			types: ['virtualMachineScaleSets'],
			names: ['web-vmss'],
			name: 'web-vmss',
		});
	});

	it('reads child resources', () => {
		const parsed = parseResourceId(
			'/subscriptions/s/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/pool/runtimeViews/latest',
		);
		assert.deepEqual(parsed?.types, ['standbyVirtualMachinePools', 'runtimeViews']);
		assert.equal(parsed?.name, 'latest');
	});

	it('accepts keywords in any letter case, as ARM does', () => {
		assert.equal(parseResourceId(scaleSetId.toUpperCase())?.name, 'WEB-VMSS');
	});

	const invalid: [string, string][] = [
		['empty', ''],
		['no leading slash', scaleSetId.slice(1)],
		['trailing brace from a broken sample', `${scaleSetId}}/`],
		['missing name', scaleSetId.replace('/web-vmss', '')],
		['empty segment', scaleSetId.replace('rg-web', '')],
		['wrong keyword', scaleSetId.replace('resourceGroups', 'groups')],
		['query string', `${scaleSetId}?x=1`],
		['huge', `/subscriptions/${'a'.repeat(5000)}/resourceGroups/r/providers/P/t/n`],
		['markup', '<script>alert(1)</script>'],
	];
	for (const [label, id] of invalid) {
		it(`rejects ${label}`, () => {
			assert.equal(parseResourceId(id), undefined);
		});
	}

	it('rejects values that are not strings', () => {
		assert.equal(parseResourceId(undefined as unknown as string), undefined);
		assert.equal(parseResourceId(42 as unknown as string), undefined);
	});
});

describe('resource id comparisons', () => {
	it('checks provider and type without case', () => {
		assert.equal(isResourceOfType(scaleSetId, 'microsoft.compute', 'VIRTUALMACHINESCALESETS'), true);
		assert.equal(isResourceOfType(scaleSetId, 'Microsoft.StandbyPool', 'standbyVirtualMachinePools'), false);
	});

	it('compares ids without case and never equals undefined', () => {
		assert.equal(sameResourceId(scaleSetId, scaleSetId.toLowerCase()), true);
		assert.equal(sameResourceId(undefined, undefined), false);
	});
});
