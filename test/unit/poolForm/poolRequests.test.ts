import * as assert from 'node:assert/strict';
import {
	buildCreateBody,
	buildPatch,
	defaultValues,
	isEmptyPatch,
	poolRequestFor,
	valuesFromPool,
} from '../../../src/features/poolForm/poolRequests';
import { createContext, editContext, existingPool, scaleSet, scaleSetId, values } from './fixtures';

describe('defaultValues', () => {
	it('derives a valid name from the scale set and sizes the pool above its instances', () => {
		const defaults = defaultValues(scaleSet({ name: 'my_scale.set (prod) with a very long name', capacity: 5 }));
		assert.match(defaults.name, /^[a-zA-Z0-9-]{3,24}$/);
		assert.equal(defaults.maxReadyCapacity, '7');
		assert.equal(defaultValues(scaleSet({ name: '___' })).name, 'standby-pool');
		assert.equal(defaultValues(scaleSet({ ephemeralOsDisk: true })).virtualMachineState, 'Running');
	});
});

describe('buildCreateBody', () => {
	it('sends the scale set, state, capacities and tags', () => {
		const body = buildCreateBody(
			values({
				tags: [
					{ key: 'env', value: 'prod' },
					{ key: '', value: '' },
				],
			}),
			createContext(),
		);
		assert.deepEqual(body, {
			location: 'eastus',
			tags: { env: 'prod' },
			properties: {
				attachedVirtualMachineScaleSetId: scaleSetId,
				virtualMachineState: 'Deallocated',
				elasticityProfile: { maxReadyCapacity: 4, minReadyCapacity: 1 },
			},
		});
	});

	it('sends the Mix split, the delay and dynamic sizing when set', () => {
		const body = buildCreateBody(
			values({
				virtualMachineState: 'Mix',
				runningPercent: '20',
				deallocatedPercent: ' 80 ',
				hibernatedPercent: '0',
				postProvisioningDelay: 'PT5M',
				dynamicSizingEnabled: true,
				minReadyCapacity: '',
			}),
			createContext(),
		);
		assert.deepEqual(body.properties.vmStateDistribution, {
			runningPercent: 20,
			deallocatedPercent: 80,
			hibernatedPercent: 0,
		});
		assert.deepEqual(body.properties.elasticityProfile, {
			maxReadyCapacity: 4,
			postProvisioningDelay: 'PT5M',
			dynamicSizing: { enabled: true },
		});
		assert.equal(body.tags, undefined);
	});

	it('leaves out what the api-version does not have', () => {
		const body = buildCreateBody(
			values({ postProvisioningDelay: 'PT5M', dynamicSizingEnabled: true }),
			createContext({ apiVersion: '2025-03-01' }),
		);
		assert.deepEqual(body.properties.elasticityProfile, { maxReadyCapacity: 4, minReadyCapacity: 1 });
	});
});

describe('buildPatch', () => {
	const pool = existingPool();
	const original = valuesFromPool(pool);
	const context = editContext(pool, original);

	it('reads a pool back into the values it was made from', () => {
		assert.equal(original.maxReadyCapacity, '10');
		assert.equal(original.minReadyCapacity, '2');
		assert.equal(original.virtualMachineState, 'Deallocated');
		assert.deepEqual(original.tags, [{ key: 'team', value: 'web' }]);
	});

	it('sends nothing when nothing changed, even if numbers are written differently', () => {
		assert.ok(isEmptyPatch(buildPatch(original, context)));
		assert.ok(
			isEmptyPatch(
				buildPatch(
					{ ...original, maxReadyCapacity: ' 010 ', tags: [...original.tags, { key: '', value: '' }] },
					context,
				),
			),
		);
	});

	it('sends only the state when only the state changed', () => {
		assert.deepEqual(buildPatch({ ...original, virtualMachineState: 'Running' }, context), {
			properties: { virtualMachineState: 'Running' },
		});
	});

	it('sends only the tags when only the tags changed, all of them', () => {
		const tags = [...original.tags, { key: 'owner', value: "O'Brien" }];
		assert.deepEqual(buildPatch({ ...original, tags }, context), { tags: { team: 'web', owner: "O'Brien" } });
		assert.deepEqual(buildPatch({ ...original, tags: [] }, context), { tags: {} });
	});

	it('keeps elasticity settings this client does not know when a capacity changes', () => {
		assert.deepEqual(buildPatch({ ...original, maxReadyCapacity: '12' }, context), {
			properties: { elasticityProfile: { maxReadyCapacity: 12, minReadyCapacity: 2, futureSetting: 'keep me' } },
		});
	});

	it('never sends read-only or unknown top-level properties', () => {
		const patch = buildPatch({ ...original, minReadyCapacity: '3', virtualMachineState: 'Running' }, context);
		const properties = patch.properties as Record<string, unknown>;
		assert.deepEqual(Object.keys(properties).sort(), ['elasticityProfile', 'virtualMachineState']);
		assert.equal(JSON.stringify(patch).includes('provisioningState'), false);
		assert.equal(JSON.stringify(patch).includes('unknownTopLevel'), false);
	});

	it('sends the whole split when switching to Mix, and only the split when it changes', () => {
		const running = existingPool({ virtualMachineState: 'Running' });
		const runningValues = valuesFromPool(running);
		const mixContext = editContext(running, runningValues);
		const toMix = {
			...runningValues,
			virtualMachineState: 'Mix',
			runningPercent: '30',
			deallocatedPercent: '70',
			hibernatedPercent: '0',
		};
		assert.deepEqual(buildPatch(toMix, mixContext).properties, {
			virtualMachineState: 'Mix',
			vmStateDistribution: { runningPercent: 30, deallocatedPercent: 70, hibernatedPercent: 0 },
		});

		const mixPool = existingPool({
			virtualMachineState: 'Mix',
			vmStateDistribution: { runningPercent: 30, deallocatedPercent: 70, hibernatedPercent: 0 },
		});
		const mixValues = valuesFromPool(mixPool);
		assert.deepEqual(
			buildPatch({ ...mixValues, runningPercent: '40', deallocatedPercent: '60' }, editContext(mixPool, mixValues))
				.properties,
			{
				vmStateDistribution: { runningPercent: 40, deallocatedPercent: 60, hibernatedPercent: 0 },
			},
		);
	});

	it('turns dynamic sizing off explicitly once it was on', () => {
		const sized = existingPool({ elasticityProfile: { maxReadyCapacity: 10, dynamicSizing: { enabled: true } } });
		const sizedValues = valuesFromPool(sized);
		assert.deepEqual(
			buildPatch({ ...sizedValues, dynamicSizingEnabled: false }, editContext(sized, sizedValues)).properties,
			{
				elasticityProfile: { maxReadyCapacity: 10, dynamicSizing: { enabled: false } },
			},
		);
	});
});

describe('poolRequestFor', () => {
	it('describes an edit with the PATCH and the whole edited pool', () => {
		const pool = existingPool();
		const original = valuesFromPool(pool);
		const request = poolRequestFor({ ...original, maxReadyCapacity: '11' }, editContext(pool, original));
		assert.equal(request.poolId, pool.id);
		assert.deepEqual(request.patch, {
			properties: { elasticityProfile: { maxReadyCapacity: 11, minReadyCapacity: 2, futureSetting: 'keep me' } },
		});
		const properties = request.resource.properties as unknown as Record<string, unknown>;
		assert.deepEqual(properties.unknownTopLevel, { nested: true }, 'unknown properties survive in templates');
		assert.equal(properties.provisioningState, undefined);
		assert.equal(request.before?.properties.elasticityProfile?.maxReadyCapacity, 10);
	});
});
