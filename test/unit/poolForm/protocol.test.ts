import * as assert from 'node:assert/strict';
import { isPersistedFormState, messageLimits, parseWebviewMessage } from '../../../src/features/poolForm/protocol';
import { scaleSetId, values } from './fixtures';

function refused(raw: unknown): string {
	const result = parseWebviewMessage(raw);
	assert.equal(result.message, undefined, `accepted ${JSON.stringify(raw)?.slice(0, 200)}`);
	return result.problem ?? '';
}

describe('parseWebviewMessage', () => {
	it('accepts each well-formed message', () => {
		const accepted = [
			{ type: 'ready' },
			{ type: 'cancel' },
			{ type: 'valuesChanged', values: values() },
			{ type: 'submit', values: values({ tags: [{ key: 'a', value: 'b' }] }) },
			{ type: 'commandAction', action: 'copy', format: 'azureCli', values: values() },
			{ type: 'commandAction', action: 'open', format: 'bicep', values: values() },
		];
		for (const raw of accepted) {
			assert.deepEqual(parseWebviewMessage(raw).message, raw);
		}
	});

	it('refuses what is not a message object', () => {
		for (const raw of [undefined, null, 42, 'ready', [], [{ type: 'ready' }], { type: 5 }, {}]) {
			assert.match(refused(raw), /not an object with a string "type"/);
		}
	});

	it('refuses unknown types, naming them for the log', () => {
		assert.match(refused({ type: 'deletePool' }), /"deletePool": unknown message type/);
		assert.match(refused({ type: '__proto__' }), /unknown message type/);
		assert.ok(refused({ type: 'x'.repeat(10_000) }).length < 100, 'a long type is cut in the log');
	});

	it('refuses extra or missing fields', () => {
		assert.match(refused({ type: 'ready', token: 'secret' }), /unexpected fields/);
		assert.match(refused({ type: 'submit' }), /malformed values/);
		assert.match(refused({ type: 'submit', values: values(), extra: 1 }), /malformed values/);
		assert.match(refused({ type: 'submit', values: { ...values(), injected: 'x' } }), /malformed values/);
		const withoutTags: Partial<ReturnType<typeof values>> = values();
		delete withoutTags.tags;
		assert.match(refused({ type: 'submit', values: withoutTags }), /malformed values/);
	});

	it('refuses fields of the wrong type', () => {
		assert.match(refused({ type: 'submit', values: { ...values(), maxReadyCapacity: 5 } }), /malformed values/);
		assert.match(refused({ type: 'submit', values: { ...values(), dynamicSizingEnabled: 'true' } }), /malformed/);
		assert.match(refused({ type: 'submit', values: { ...values(), tags: {} } }), /malformed/);
		assert.match(refused({ type: 'submit', values: { ...values(), tags: [{ key: 1, value: 'x' }] } }), /malformed/);
		assert.match(refused({ type: 'submit', values: { ...values(), tags: [{ key: 'a' }] } }), /malformed/);
		assert.match(refused({ type: 'submit', values: { ...values(), tags: [null] } }), /malformed/);
	});

	it('refuses oversized text and too many tags', () => {
		const long = 'x'.repeat(messageLimits.maxText + 1);
		assert.match(refused({ type: 'valuesChanged', values: { ...values(), name: long } }), /malformed/);
		const tags = Array.from({ length: messageLimits.maxTags + 1 }, () => ({ key: 'k', value: 'v' }));
		assert.match(refused({ type: 'valuesChanged', values: { ...values(), tags } }), /malformed/);
	});

	it('refuses unknown command actions and formats', () => {
		assert.match(
			refused({ type: 'commandAction', action: 'run', format: 'azureCli', values: values() }),
			/malformed command/,
		);
		assert.match(
			refused({ type: 'commandAction', action: 'copy', format: 'terraform', values: values() }),
			/malformed command/,
		);
		assert.match(refused({ type: 'commandAction', action: 'copy', format: 'azureCli' }), /malformed command/);
	});
});

describe('isPersistedFormState', () => {
	it('accepts what the webview saves', () => {
		assert.ok(isPersistedFormState({ version: 1, target: { mode: 'create', scaleSetId }, values: values() }));
		assert.ok(isPersistedFormState({ version: 1, target: { mode: 'edit', poolId: '/x' }, values: values() }));
	});

	it('refuses anything else, so a reload never opens a form on garbage', () => {
		const bad = [
			undefined,
			{ version: 2, target: { mode: 'create', scaleSetId }, values: values() },
			{ version: 1, target: { mode: 'create', scaleSetId: '' }, values: values() },
			{ version: 1, target: { mode: 'delete', poolId: '/x' }, values: values() },
			{ version: 1, target: { mode: 'edit', scaleSetId }, values: values() },
			{ version: 1, target: { mode: 'create', scaleSetId }, values: { name: 'x' } },
		];
		for (const state of bad) {
			assert.equal(isPersistedFormState(state), false, JSON.stringify(state));
		}
	});
});
