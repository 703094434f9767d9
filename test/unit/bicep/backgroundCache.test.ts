import * as assert from 'node:assert/strict';
import { BackgroundCache } from '../../../src/features/bicep/backgroundCache';

/** A load the test finishes by hand. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
	let resolve!: (value: T) => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<T>((ok, fail) => {
		resolve = ok;
		reject = fail;
	});
	return { promise, resolve, reject };
}

function delay(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('background cache', () => {
	it('answers within the deadline with nothing while the first load runs, then serves the value', async () => {
		const load = deferred<string>();
		let loads = 0;
		const cache = new BackgroundCache(
			() => {
				loads++;
				return load.promise;
			},
			{ ttlMs: 60_000, retryAfterFailureMs: 1000 },
		);

		const started = Date.now();
		assert.equal(await cache.getWithin(50), undefined);
		assert.ok(Date.now() - started < 500, 'the reader was held up');

		load.resolve('scale sets');
		await delay(0);
		assert.equal(await cache.getWithin(50), 'scale sets');
		assert.equal(cache.peek(), 'scale sets');
		assert.equal(loads, 1);
	});

	it('returns a load that finishes before the deadline', async () => {
		const cache = new BackgroundCache(async () => 'fast', { ttlMs: 60_000, retryAfterFailureMs: 1000 });
		assert.equal(await cache.getWithin(50), 'fast');
	});

	it('serves a stale value at once while it reloads in the background', async () => {
		let now = 0;
		let version = 0;
		const cache = new BackgroundCache(async () => `v${++version}`, {
			ttlMs: 100,
			retryAfterFailureMs: 1000,
			now: () => now,
		});
		assert.equal(await cache.getWithin(50), 'v1');
		now = 200;
		assert.equal(await cache.getWithin(50), 'v1');
		await delay(0);
		assert.equal(cache.peek(), 'v2');
	});

	it('drops the value and any load in flight when invalidated', async () => {
		const first = deferred<string>();
		const signals: AbortSignal[] = [];
		let calls = 0;
		const cache = new BackgroundCache(
			(signal) => {
				signals.push(signal);
				calls++;
				return calls === 1 ? first.promise : Promise.resolve('after sign-in');
			},
			{ ttlMs: 60_000, retryAfterFailureMs: 1000 },
		);
		assert.equal(cache.peek(), undefined);
		cache.invalidate();
		assert.equal(signals[0]?.aborted, true);
		first.resolve('before sign-in');
		await delay(0);
		assert.equal(await cache.getWithin(50), 'after sign-in');
	});

	it('reports a failure once and waits before trying again', async () => {
		let now = 0;
		let calls = 0;
		const errors: unknown[] = [];
		const cache = new BackgroundCache(
			async () => {
				calls++;
				throw new Error('offline');
			},
			{ ttlMs: 60_000, retryAfterFailureMs: 1000, now: () => now, onError: (error) => errors.push(error) },
		);
		assert.equal(await cache.getWithin(50), undefined);
		assert.equal(await cache.getWithin(50), undefined);
		assert.equal(calls, 1);
		assert.equal(errors.length, 1);
		now = 2000;
		await cache.getWithin(50);
		assert.equal(calls, 2);
	});
});
