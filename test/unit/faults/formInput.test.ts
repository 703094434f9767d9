import * as assert from 'node:assert/strict';
import { parseWholeNumber } from '../../../src/features/poolForm/numberRules';
import type { PoolFormValues } from '../../../src/features/poolForm/poolFormModel';
import { fieldIds, validatePoolForm } from '../../../src/features/poolForm/validation';
import { createContext, values } from '../poolForm/fixtures';
import { hostileCharacters, seededRandom } from './seededRandom';

/**
 * Property-style checks of the form's rules over seeded random input: names, numbers, min against max,
 * percentages, and junk in every field. Each property states the rule independently of the code under test.
 */

const nameCharacters = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-'];
const numberCharacters = [...'0123456789', '-', '+', '.', ',', 'e', 'E', ' ', '\t', '١', '５', 'x', '_', '\u00a0'];
const cases = 400;

describe('form rules over seeded random input', () => {
	it('a name is accepted exactly when it has 3 to 24 letters, digits or hyphens', () => {
		const random = seededRandom(20260101);
		for (let index = 0; index < cases; index++) {
			const alphabet = random.bool() ? nameCharacters : [...nameCharacters, ...hostileCharacters];
			const name = random.text(0, random.pick([5, 30, 300]), alphabet);
			const errors = validatePoolForm(values({ name }), createContext()).errors;
			const expected = /^[a-zA-Z0-9-]{3,24}$/.test(name);
			assert.equal(errors.name === undefined, expected, JSON.stringify(name));
			assert.deepEqual(
				Object.keys(errors).filter((field) => field !== 'name'),
				[],
				JSON.stringify(name),
			);
			if (!expected) {
				assert.ok((errors.name ?? '').length > 0);
			}
		}
	});

	it('a number is read exactly when it is plain digits (spaces around forgiven) and within the limit', () => {
		const random = seededRandom(7);
		for (let index = 0; index < cases; index++) {
			const text = random.bool()
				? `${random.text(0, 2, [' ', '-', '+'])}${random.text(1, random.pick([3, 20]), [...'0123456789'])}${random.text(0, 3, numberCharacters)}`
				: random.text(0, 12, numberCharacters);
			const maximum = random.pick([100, Number.MAX_SAFE_INTEGER]);
			const result = parseWholeNumber(text, maximum);
			const trimmed = text.trim();
			const digits = /^[0-9]+$/.test(trimmed);
			const expectedValue = digits && trimmed.length <= 16 && Number(trimmed) <= maximum ? Number(trimmed) : undefined;
			assert.equal(result.value, expectedValue, JSON.stringify(text));
			assert.equal(result.error === undefined, expectedValue !== undefined, JSON.stringify(text));
		}
	});

	it('rejects negative, fractional, exponent, hex, locale and huge numbers with a message', () => {
		for (const text of [
			'-1',
			'- 3',
			'1.5',
			'2,5',
			'1e3',
			'0x10',
			'١٢',
			'５',
			'9'.repeat(40),
			'Infinity',
			'NaN',
			'1_000',
		]) {
			const result = parseWholeNumber(text);
			assert.equal(result.value, undefined, text);
			assert.ok((result.error ?? '').length > 0, text);
		}
	});

	it('the minimum is refused exactly when it is above the maximum', () => {
		const random = seededRandom(42);
		for (let index = 0; index < cases; index++) {
			const max = random.int(0, 5000);
			const min = random.bool() ? random.int(0, 5000) : max + random.int(-1, 1);
			if (min < 0) {
				continue;
			}
			const errors = validatePoolForm(
				values({ minReadyCapacity: String(min), maxReadyCapacity: String(max) }),
				createContext(),
			).errors;
			assert.equal(errors.minReadyCapacity !== undefined, min > max, `min ${min}, max ${max}`);
			assert.equal(errors.maxReadyCapacity, undefined);
		}
	});

	it('a Mix split is refused exactly when its whole percentages do not add up to 100', () => {
		const random = seededRandom(99);
		for (let index = 0; index < cases; index++) {
			const running = random.int(0, 100);
			const deallocated = random.bool() ? 100 - running : random.int(0, 100);
			const hibernated = random.bool() ? 0 : random.int(0, 100);
			const errors = validatePoolForm(
				values({
					virtualMachineState: 'Mix',
					runningPercent: String(running),
					deallocatedPercent: String(deallocated),
					hibernatedPercent: String(hibernated),
				}),
				createContext(),
			).errors;
			const sum = running + deallocated + hibernated;
			assert.equal(errors.vmStateDistribution !== undefined, sum !== 100, `${running}+${deallocated}+${hibernated}`);
		}
	});

	it('junk in every field never throws, names only known fields, and gives the same answer twice', () => {
		const random = seededRandom(1234);
		const junk = (): string => random.text(0, random.pick([4, 40, 5000]));
		for (let index = 0; index < cases; index++) {
			const input: PoolFormValues = {
				name: junk(),
				virtualMachineState: random.pick(['Running', 'Deallocated', 'Hibernated', 'Mix', '', junk()]),
				minReadyCapacity: junk(),
				maxReadyCapacity: junk(),
				postProvisioningDelay: random.pick(['', 'PT5M', junk()]),
				dynamicSizingEnabled: random.bool(),
				runningPercent: junk(),
				deallocatedPercent: junk(),
				hibernatedPercent: junk(),
				tags: Array.from({ length: random.int(0, 3) }, () => ({ key: junk(), value: junk() })),
			};
			const first = validatePoolForm(input, createContext());
			const second = validatePoolForm(structuredClone(input), createContext());
			assert.deepEqual(first, second);
			for (const [field, message] of Object.entries(first.errors)) {
				assert.ok((fieldIds as readonly string[]).includes(field), field);
				assert.equal(typeof message, 'string');
			}
			assert.equal(first.valid, Object.keys(first.errors).length === 0);
		}
	});
});
