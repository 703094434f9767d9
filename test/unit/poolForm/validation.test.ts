import * as assert from 'node:assert/strict';
import { validatePoolForm, type FieldId } from '../../../src/features/poolForm/validation';
import { valuesFromPool } from '../../../src/features/poolForm/poolRequests';
import type { PoolFormContext, PoolFormValues } from '../../../src/features/poolForm/poolFormModel';
import { createContext, editContext, existingPool, scaleSet, values } from './fixtures';

function errorsOf(overrides: Partial<PoolFormValues>, context: PoolFormContext = createContext()) {
	return validatePoolForm(values(overrides), context).errors;
}

function expectOnly(
	field: FieldId,
	overrides: Partial<PoolFormValues>,
	pattern: RegExp,
	context?: PoolFormContext,
): void {
	const errors = errorsOf(overrides, context);
	assert.deepEqual(Object.keys(errors), [field], JSON.stringify(errors));
	assert.match(errors[field] ?? '', pattern);
}

describe('validatePoolForm', () => {
	it('accepts the default values for a Flexible scale set', () => {
		const result = validatePoolForm(values(), createContext());
		assert.equal(result.valid, true, JSON.stringify(result.errors));
	});

	describe('name', () => {
		const cases: [string, RegExp][] = [
			['', /Enter a name/],
			['ab', /3 to 24 characters; this name has 2/],
			['a'.repeat(25), /this name has 25/],
			['a'.repeat(10_000), /this name has 10000/],
			['web pool', /spaces are not allowed/],
			['web_pool', /"_" is not allowed/],
			["web'pool", /"'" is not allowed/],
			['web"pool', /""" is not allowed/],
			['<b>pool</b>', /"<" is not allowed/],
			['pööl-1', /"ö" is not allowed/],
			['pool-🚀', /"🚀" is not allowed/],
			['pool\n1', /spaces are not allowed/],
		];
		for (const [name, pattern] of cases) {
			it(`refuses ${JSON.stringify(name.length > 30 ? `${name.slice(0, 12)}…` : name)}`, () => {
				expectOnly('name', { name }, pattern);
			});
		}

		for (const name of ['abc', 'A-1', '---', 'a'.repeat(24), 'Pool-2026']) {
			it(`accepts ${JSON.stringify(name)}`, () => {
				assert.equal(errorsOf({ name }).name, undefined);
			});
		}
	});

	describe('ready capacity', () => {
		const badNumbers: [string, RegExp][] = [
			['', /Enter a whole number/],
			['   ', /Enter a whole number/],
			['-1', /0 or more/],
			['- 3', /0 or more/],
			['1.5', /without decimals/],
			['2,5', /without decimals/],
			['1e3', /digits only/],
			['0x10', /digits only/],
			['abc', /digits only/],
			['１２', /digits only/],
			['<script>', /digits only/],
			["5'", /digits only/],
			['99999999999999999999', /too large/],
			['Infinity', /digits only/],
			['NaN', /digits only/],
		];
		for (const [text, pattern] of badNumbers) {
			it(`refuses max ${JSON.stringify(text)}`, () => {
				expectOnly('maxReadyCapacity', { maxReadyCapacity: text }, pattern);
			});
		}

		it('forgives spaces around a number', () => {
			assert.deepEqual(errorsOf({ maxReadyCapacity: ' 7 ', minReadyCapacity: '\t1' }), {});
		});

		it('refuses a minimum above the maximum', () => {
			expectOnly(
				'minReadyCapacity',
				{ minReadyCapacity: '5', maxReadyCapacity: '4' },
				/minimum \(5\) cannot be more than the maximum ready capacity \(4\)/,
			);
		});

		it('accepts min = max = 0', () => {
			assert.deepEqual(errorsOf({ minReadyCapacity: '0', maxReadyCapacity: '0' }), {});
		});

		it('lets the minimum stay empty when creating', () => {
			assert.deepEqual(errorsOf({ minReadyCapacity: '' }), {});
		});

		it('caps max at 2000 before api-version 2025-10-01 only', () => {
			const old = createContext({ apiVersion: '2025-03-01' });
			expectOnly('maxReadyCapacity', { maxReadyCapacity: '2001' }, /at most 2000: api-version 2025-03-01/, old);
			assert.deepEqual(errorsOf({ maxReadyCapacity: '2000' }, old), {});
			assert.deepEqual(errorsOf({ maxReadyCapacity: '2001' }), {});
			assert.deepEqual(errorsOf({ maxReadyCapacity: '5000000' }, createContext({ apiVersion: '2025-10-01' })), {});
		});
	});

	describe('capacity line', () => {
		it('explains how many VMs the pool holds', () => {
			const result = validatePoolForm(values({ maxReadyCapacity: '10' }), createContext());
			assert.deepEqual(result.capacity, {
				text: "The pool will hold up to 8 VMs (max ready capacity 10 minus the scale set's 2 instances).",
				warning: false,
			});
		});

		it('uses the singular for one', () => {
			const context = createContext({ scaleSet: scaleSet({ capacity: 1 }) });
			const result = validatePoolForm(values({ maxReadyCapacity: '2' }), context);
			assert.match(result.capacity?.text ?? '', /up to 1 VM \(max ready capacity 2 minus the scale set's 1 instance\)/);
		});

		for (const max of ['2', '1', '0']) {
			it(`warns that the pool stays empty when max is ${max} and the scale set has 2 instances`, () => {
				const result = validatePoolForm(values({ maxReadyCapacity: max, minReadyCapacity: '0' }), createContext());
				assert.equal(result.capacity?.warning, true);
				assert.match(result.capacity?.text ?? '', /up to 0 VMs .* stays empty: set max ready capacity above 2/);
				assert.equal(result.valid, true, 'an empty pool is allowed, only warned about');
			});
		}

		it('says nothing while max is not a number', () => {
			assert.equal(validatePoolForm(values({ maxReadyCapacity: 'x' }), createContext()).capacity, undefined);
		});
	});

	describe('VM state', () => {
		it('needs a state', () => {
			expectOnly('virtualMachineState', { virtualMachineState: '' }, /Choose a VM state/);
		});

		it('refuses a state this version does not know, unless the pool already has it', () => {
			expectOnly('virtualMachineState', { virtualMachineState: 'Frozen' }, /Choose Running, Deallocated/);
			const pool = existingPool({ virtualMachineState: 'Frozen' });
			const original = valuesFromPool(pool);
			assert.deepEqual(validatePoolForm(original, editContext(pool, original)).errors, {});
		});

		it('allows Hibernated only with hibernation enabled on the scale set', () => {
			const context = createContext({ scaleSet: scaleSet({ hibernationEnabled: false }) });
			expectOnly(
				'virtualMachineState',
				{ virtualMachineState: 'Hibernated' },
				/hibernation enabled, and web-vmss does not/,
				context,
			);
			assert.deepEqual(errorsOf({ virtualMachineState: 'Hibernated' }), {});
		});

		it('hides Hibernated and Mix from api-versions that lack them', () => {
			expectOnly(
				'virtualMachineState',
				{ virtualMachineState: 'Hibernated' },
				/2025-03-01 or later; this connection uses 2024-03-01/,
				createContext({ apiVersion: '2024-03-01' }),
			);
			expectOnly(
				'virtualMachineState',
				{ virtualMachineState: 'Mix' },
				/2026-04-01 or later/,
				createContext({ apiVersion: '2025-10-01' }),
			);
		});

		it('refuses Deallocated on a scale set with ephemeral OS disks', () => {
			const context = createContext({ scaleSet: scaleSet({ ephemeralOsDisk: true }) });
			expectOnly('virtualMachineState', { virtualMachineState: 'Deallocated' }, /ephemeral OS disks/, context);
			assert.deepEqual(errorsOf({ virtualMachineState: 'Running' }, context), {});
		});

		for (const [from, to] of [
			['Deallocated', 'Hibernated'],
			['Hibernated', 'Deallocated'],
		]) {
			it(`refuses a direct switch from ${from} to ${to} when editing, and explains the way through Running`, () => {
				const pool = existingPool({ virtualMachineState: from });
				const original = valuesFromPool(pool);
				const result = validatePoolForm(
					{ ...original, virtualMachineState: to as string },
					editContext(pool, original),
				);
				assert.match(result.errors.virtualMachineState ?? '', /Change it to Running first, save/);
			});
		}

		it('allows going through Running', () => {
			const pool = existingPool({ virtualMachineState: 'Deallocated' });
			const original = valuesFromPool(pool);
			assert.deepEqual(
				validatePoolForm({ ...original, virtualMachineState: 'Running' }, editContext(pool, original)).errors,
				{},
			);
		});
	});

	describe('Mix percentages', () => {
		const mix = (running: string, deallocated: string, hibernated: string) => ({
			virtualMachineState: 'Mix',
			runningPercent: running,
			deallocatedPercent: deallocated,
			hibernatedPercent: hibernated,
		});

		it('accepts percentages that add up to 100', () => {
			assert.deepEqual(errorsOf(mix('20', '80', '0')), {});
			assert.deepEqual(errorsOf(mix('0', '0', '100')), {});
		});

		it('refuses a sum other than 100', () => {
			expectOnly('vmStateDistribution', mix('20', '20', '20'), /add up to 60; they must add up to 100/);
			expectOnly('vmStateDistribution', mix('100', '100', '0'), /add up to 200/);
		});

		it('refuses each value outside 0 to 100, fractional or empty', () => {
			expectOnly('runningPercent', mix('101', '0', '0'), /from 0 to 100/);
			expectOnly('deallocatedPercent', mix('50', '-50', '100'), /0 or more/);
			expectOnly('hibernatedPercent', mix('50', '50', '0.5'), /without decimals/);
			const errors = errorsOf(mix('', '50', '50'));
			assert.match(errors.runningPercent ?? '', /Enter a whole number/);
			assert.equal(errors.vmStateDistribution, undefined, 'no sum while a value is missing');
		});

		it('ignores the percentages unless the state is Mix', () => {
			assert.deepEqual(errorsOf({ ...mix('x', 'y', 'z'), virtualMachineState: 'Running' }), {});
		});

		it('refuses hibernated VMs without hibernation, and deallocated VMs with ephemeral OS disks', () => {
			const noHibernation = createContext({ scaleSet: scaleSet({ hibernationEnabled: false }) });
			expectOnly('hibernatedPercent', mix('50', '0', '50'), /does not have hibernation enabled/, noHibernation);
			const ephemeral = createContext({ scaleSet: scaleSet({ ephemeralOsDisk: true }) });
			expectOnly('deallocatedPercent', mix('50', '50', '0'), /ephemeral OS disks/, ephemeral);
		});
	});

	describe('post-provisioning delay', () => {
		for (const delay of ['PT30S', 'PT5M', 'PT1H', 'P1DT2H', 'PT0S', 'PT1.5S', 'P1W', '']) {
			it(`accepts ${JSON.stringify(delay)}`, () => {
				assert.deepEqual(errorsOf({ postProvisioningDelay: delay }), {});
			});
		}
		for (const delay of ['5 minutes', 'PT', 'P', 'pt5m', 'PT5', '5', 'PT-5S', 'T5M', 'PT5M garbage', '"PT5M"']) {
			it(`refuses ${JSON.stringify(delay)}`, () => {
				expectOnly('postProvisioningDelay', { postProvisioningDelay: delay }, /ISO 8601 duration such as PT30S/);
			});
		}
		it('describes the duration in words', () => {
			const result = validatePoolForm(values({ postProvisioningDelay: 'PT1H2M5S' }), createContext());
			assert.equal(result.hints.postProvisioningDelay, '1 hour 2 minutes 5 seconds');
		});
		it('is not checked on api-versions without the setting', () => {
			assert.deepEqual(
				errorsOf({ postProvisioningDelay: 'nonsense' }, createContext({ apiVersion: '2025-03-01' })),
				{},
			);
		});
	});

	describe('scale set', () => {
		const cases: [string, Partial<PoolFormContext>, RegExp][] = [
			[
				'Uniform',
				{ scaleSet: scaleSet({ orchestrationMode: 'Uniform' }) },
				/Flexible orchestration; web-vmss uses Uniform/,
			],
			['unknown mode', { scaleSet: scaleSet({ orchestrationMode: undefined }) }, /uses an unknown mode/],
			['another subscription', { subscriptionId: 'other' }, /same subscription/],
			['another region', { location: 'westus' }, /same region as the scale set \(eastus\), not westus/],
			['a pool already', { scaleSet: scaleSet({ otherPoolName: 'old-pool' }) }, /already has a standby pool, old-pool/],
			['several fault domains', { scaleSet: scaleSet({ platformFaultDomainCount: 3 }) }, /3 fault domains/],
			['unreadable', { scaleSet: undefined }, /could not be read/],
		];
		for (const [label, overrides, pattern] of cases) {
			it(`refuses a scale set with ${label}`, () => {
				expectOnly('scaleSet', {}, pattern, createContext(overrides));
			});
		}

		it('compares regions without case and spaces', () => {
			assert.deepEqual(errorsOf({}, createContext({ location: 'East US' })), {});
		});
	});

	describe('tags', () => {
		const tagCases: [string, PoolFormValues['tags'], RegExp][] = [
			['a value without a name', [{ key: '', value: 'x' }], /Tag 1: enter a name/],
			[
				'a forbidden character',
				[
					{ key: 'ok', value: '' },
					{ key: 'a/b', value: '' },
				],
				/Tag 2: Azure does not allow "\/"/,
			],
			['markup in a name', [{ key: '<b>', value: '' }], /does not allow "<"/],
			[
				'a duplicate name',
				[
					{ key: 'Env', value: '1' },
					{ key: 'env', value: '2' },
				],
				/Tag 2: the name "env" is already used/,
			],
			['a long name', [{ key: 'k'.repeat(513), value: '' }], /at most 512 characters/],
			['a long value', [{ key: 'k', value: 'v'.repeat(257) }], /at most 256 characters/],
			[
				'too many',
				Array.from({ length: 51 }, (_, index) => ({ key: `k${index}`, value: '' })),
				/at most 50 tags; there are 51/,
			],
		];
		for (const [label, tags, pattern] of tagCases) {
			it(`refuses ${label}`, () => {
				expectOnly('tags', { tags }, pattern);
			});
		}

		it('accepts unicode, quotes, spaces and markup in values, and skips empty rows', () => {
			const tags = [
				{ key: 'owner', value: 'O\'Brien "the" <admin>' },
				{ key: '', value: '' },
				{ key: 'Kostenstelle Größe', value: '東京 🚀 ${x}' },
			];
			assert.deepEqual(errorsOf({ tags }), {});
		});
	});
});
