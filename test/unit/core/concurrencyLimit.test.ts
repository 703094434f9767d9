import * as assert from 'node:assert/strict';
import { createConcurrencyLimit } from '../../../src/core/concurrencyLimit';

describe('createConcurrencyLimit', () => {
	it('never runs more than the bound at once and runs every task', async () => {
		const limit = createConcurrencyLimit(3);
		let running = 0;
		let peak = 0;
		const results = await Promise.all(
			Array.from({ length: 10 }, (_, index) =>
				limit(async () => {
					running++;
					peak = Math.max(peak, running);
					await new Promise((resolve) => setTimeout(resolve, 5));
					running--;
					return index;
				}),
			),
		);
		assert.equal(peak, 3);
		assert.deepEqual(results, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
	});

	it('frees a slot when a task fails', async () => {
		const limit = createConcurrencyLimit(1);
		await assert.rejects(
			limit(async () => Promise.reject(new Error('boom'))),
			/boom/,
		);
		assert.equal(await limit(async () => 'next'), 'next');
	});
});
