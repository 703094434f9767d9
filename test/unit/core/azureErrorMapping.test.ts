import * as assert from 'node:assert/strict';
import { errorFromOperation, errorFromResponse, errorFromTransport } from '../../../src/core/azure/azureErrorMapping';
import { listAllPages } from '../../../src/core/azure/paging';
import { AzureRequestError } from '../../../src/core/azure/azureRequestError';

describe('errorFromResponse', () => {
	it('keeps the ARM code, message and the target a field can be mapped to', () => {
		const error = errorFromResponse(400, {
			error: {
				code: 'BadRequest',
				message: 'minReadyCapacity cannot exceed maxReadyCapacity.',
				details: [
					{ code: 'InvalidValue', target: 'properties.elasticityProfile.minReadyCapacity', message: 'too big' },
				],
			},
		});
		assert.equal(error.code, 'BadRequest');
		assert.equal(error.statusCode, 400);
		assert.equal(error.message, 'minReadyCapacity cannot exceed maxReadyCapacity.');
		assert.equal(error.target, 'properties.elasticityProfile.minReadyCapacity');
		assert.equal(error.details.length, 1);
	});

	it('explains a status without a body in words', () => {
		const error = errorFromResponse(404, undefined);
		assert.equal(error.code, 'HttpStatus404');
		assert.match(error.message, /not found/);
	});

	it('ignores malformed error bodies instead of failing', () => {
		const error = errorFromResponse(500, { error: 'boom' });
		assert.match(error.message, /internal error/);
	});
});

describe('errorFromOperation', () => {
	it('shows the service message of a failed long-running operation', () => {
		const error = errorFromOperation('failed', {
			status: 'Failed',
			error: { code: 'AllocationFailed', message: 'No capacity in zone 2.' },
		});
		assert.equal(error.code, 'AllocationFailed');
		assert.equal(error.message, 'No capacity in zone 2.');
	});

	it('says which status ended the operation when there is no error body', () => {
		assert.match(errorFromOperation('canceled', {}).message, /canceled/);
	});
});

describe('errorFromTransport', () => {
	it('names the host that could not be reached', () => {
		const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:47443'), { code: 'ECONNREFUSED' });
		const error = errorFromTransport(cause, 'https://127.0.0.1:47443');
		assert.match(error.message, /127\.0\.0\.1:47443/);
		assert.equal((error as { code?: string }).code, 'ECONNREFUSED');
	});

	it('reads the ARM body of an SDK RestError', () => {
		const restError = {
			statusCode: 403,
			response: { bodyAsText: '{"error":{"code":"AuthorizationFailed","message":"No write permission."}}' },
		};
		const error = errorFromTransport(restError, 'https://management.azure.com');
		assert.equal((error as { code?: string }).code, 'AuthorizationFailed');
	});
});

describe('listAllPages', () => {
	it('follows nextLink across pages', async () => {
		const pages: Record<string, unknown> = {
			a: { value: [1, 2], nextLink: 'b' },
			b: { value: [3], nextLink: 'c' },
			c: { value: [] },
		};
		const items = await listAllPages<number>(async (url) => ({ status: 200, body: pages[url] }), 'a');
		assert.deepEqual(items, [1, 2, 3]);
	});

	it('stops when a service repeats a nextLink', async () => {
		let calls = 0;
		const items = await listAllPages<number>(async () => {
			calls++;
			return { status: 200, body: { value: [calls], nextLink: 'same' } };
		}, 'same');
		assert.deepEqual(items, [1]);
	});

	it('throws the ARM error of a failed page', async () => {
		await assert.rejects(
			listAllPages(
				async () => ({ status: 429, body: { error: { code: 'TooManyRequests', message: 'Slow down' } } }),
				'a',
			),
			/Slow down/,
		);
	});
});

describe('timeouts and cancellation', () => {
	const abortError = Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' });

	it('reports an abort the caller did not ask for as a timeout', () => {
		const error = errorFromTransport(abortError, 'https://management.azure.com');
		assert.equal((error as { code?: string }).code, 'RequestTimeout');
		assert.match(error.message, /management\.azure\.com did not answer in time/);
	});

	it('keeps a cancellation the caller asked for as a cancellation', () => {
		const controller = new AbortController();
		controller.abort();
		assert.equal(errorFromTransport(abortError, 'https://management.azure.com', controller.signal), abortError);
	});
});

describe('AzureRequestError across bundles', () => {
	it('is recognised by shape, as when it comes from the separately bundled clients', () => {
		const fromOtherBundle = Object.assign(new Error('Quota exceeded'), {
			name: 'AzureRequestError',
			code: 'QuotaExceeded',
		});
		assert.ok(fromOtherBundle instanceof AzureRequestError);
		assert.ok(!(new Error('plain') instanceof AzureRequestError));
	});
});
