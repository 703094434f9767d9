import * as assert from 'node:assert/strict';
import { parseResourceId } from '../../../src/core/azure/resourceId';
import { parseWebviewMessage } from '../../../src/features/poolForm/protocol';
import { parseReportMessage, reportActions } from '../../../src/features/prerequisites/protocol';
import { values } from '../poolForm/fixtures';
import { hostileCharacters, seededRandom, type SeededRandom } from './seededRandom';

const segmentCharacters = hostileCharacters.filter((character) => !/[/?#]/.test(character));
const cases = 400;

describe('resource ids over seeded random input', () => {
	it('any segments without "/", "?" or "#" read back exactly as they were written', () => {
		const random = seededRandom(3);
		for (let index = 0; index < cases; index++) {
			const segment = (): string => random.text(1, 20, segmentCharacters);
			const levels = random.int(1, 3);
			const types = Array.from({ length: levels }, segment);
			const names = Array.from({ length: levels }, segment);
			const [subscriptionId, resourceGroup, provider] = [segment(), segment(), segment()];
			const id = `/${random.pick(['subscriptions', 'SUBSCRIPTIONS'])}/${subscriptionId}/${random.pick(['resourceGroups', 'resourcegroups'])}/${resourceGroup}/providers/${provider}/${types.map((type, level) => `${type}/${names[level]}`).join('/')}`;
			assert.deepEqual(
				parseResourceId(id),
				{ subscriptionId, resourceGroup, provider, types, names, name: names.at(-1) },
				JSON.stringify(id),
			);
		}
	});

	it('an empty segment, a lone segment, a query or a fragment anywhere is never read as an id', () => {
		const random = seededRandom(4);
		const valid = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/pool';
		for (let index = 0; index < cases; index++) {
			const at = random.int(1, valid.length);
			const broken = `${valid.slice(0, at)}${random.pick(['/', '//', '?', '#', '/x'])}${valid.slice(at)}`;
			assert.equal(parseResourceId(broken), undefined, broken);
		}
	});

	it('never throws, whatever it is given', () => {
		const random = seededRandom(5);
		const inputs: unknown[] = [undefined, null, 0, {}, [], Symbol('x'), '/'.repeat(10_000), 'a'.repeat(1_000_000)];
		for (let index = 0; index < cases; index++) {
			inputs.push(random.text(0, 200, [...hostileCharacters, '/', '/', '/']));
		}
		for (const input of inputs) {
			assert.doesNotThrow(() => parseResourceId(input as string));
		}
	});
});

/** A random value of any JSON shape, the kind a webview could post. */
function randomJson(random: SeededRandom, depth = 0): unknown {
	const kind = random.int(0, depth > 3 ? 3 : 6);
	switch (kind) {
		case 0:
			return null;
		case 1:
			return random.bool();
		case 2:
			return random.pick([0, -1, 1.5, 1e308, Number.NaN]);
		case 3:
			return random.text(0, 10);
		case 4:
			return Array.from({ length: random.int(0, 3) }, () => randomJson(random, depth + 1));
		default: {
			const keys = ['type', 'values', 'action', 'format', 'name', '__proto__', 'constructor', random.text(1, 5)];
			const object: Record<string, unknown> = {};
			for (let count = random.int(0, 4); count > 0; count--) {
				const key = random.pick(keys);
				Object.defineProperty(object, key, {
					value: randomJson(random, depth + 1),
					enumerable: true,
					configurable: true,
					writable: true,
				});
			}
			if (random.bool()) {
				object['type'] = random.pick([
					'ready',
					'submit',
					'valuesChanged',
					'cancel',
					'commandAction',
					'action',
					random.text(0, 8),
				]);
			}
			return object;
		}
	}
}

/** A value of another JSON type than `value`, so that it can never pass for it. */
function wrongType(random: SeededRandom, value: unknown): unknown {
	const others: unknown[] = [null, 42, 'text', true, [], {}].filter(
		(candidate) =>
			(candidate === null) !== (value === null) &&
			Array.isArray(candidate) !== Array.isArray(value) &&
			typeof candidate !== typeof value,
	);
	return random.pick(others.length > 0 ? others : [Symbol('never valid')]);
}

/** Small changes to a well-formed message that must each make it refused. */
function mutations(random: SeededRandom, message: Record<string, unknown>): unknown[] {
	const keys = Object.keys(message);
	const key = random.pick(keys);
	const without = { ...message };
	delete without[key];
	return [
		without,
		{ ...message, [random.pick(['extra', 'token', 'constructor'])]: random.text(0, 5) },
		{ ...message, [key]: wrongType(random, message[key]) },
		JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(message).slice(1)}`),
	];
}

describe('webview messages over seeded random input', () => {
	it('the pool form: anything accepted is a known message, passed on exactly as sent; nothing throws', () => {
		const random = seededRandom(11);
		let accepted = 0;
		for (let index = 0; index < cases * 5; index++) {
			const raw = randomJson(random);
			const result = parseWebviewMessage(raw);
			if (result.message) {
				accepted++;
				assert.ok(['ready', 'cancel', 'valuesChanged', 'submit', 'commandAction'].includes(result.message.type));
				assert.deepEqual(result.message, raw);
			} else {
				assert.equal(typeof result.problem, 'string');
				assert.ok(result.problem.length < 200, 'the problem is short enough for a log line');
			}
		}
		assert.ok(accepted > 0, 'some random messages are well-formed, so the check is not empty');
		assert.equal(({} as { polluted?: unknown }).polluted, undefined);
	});

	it('the pool form: any one change to a well-formed message gets it refused', () => {
		const random = seededRandom(12);
		const wellFormed: Record<string, unknown>[] = [
			{ type: 'submit', values: values() },
			{ type: 'valuesChanged', values: values({ tags: [{ key: 'a', value: 'b' }] }) },
			{ type: 'commandAction', action: 'copy', format: 'azureCli', values: values() },
		];
		for (let index = 0; index < cases; index++) {
			const message = random.pick(wellFormed);
			assert.ok(parseWebviewMessage(message).message);
			for (const changed of mutations(random, message)) {
				assert.equal(parseWebviewMessage(changed).message, undefined, JSON.stringify(changed).slice(0, 200));
			}
			const valuesChanged = mutations(random, message['values'] as Record<string, unknown>);
			for (const changedValues of valuesChanged) {
				assert.equal(parseWebviewMessage({ ...message, values: changedValues }).message, undefined);
			}
		}
		assert.equal(({} as { polluted?: unknown }).polluted, undefined);
	});

	it('the prerequisites report: anything accepted is a known message; any change to one gets it refused', () => {
		const random = seededRandom(13);
		for (let index = 0; index < cases * 5; index++) {
			const raw = randomJson(random);
			const result = parseReportMessage(raw);
			if (result.message) {
				assert.deepEqual(result.message, raw);
			}
		}
		for (let index = 0; index < cases; index++) {
			const message = { type: 'action', action: random.pick(reportActions) };
			assert.ok(parseReportMessage(message).message);
			for (const changed of mutations(random, message)) {
				assert.equal(parseReportMessage(changed).message, undefined, JSON.stringify(changed));
			}
		}
	});
});
