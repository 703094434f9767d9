import * as assert from 'node:assert/strict';
import { createHttpHeaders, createPipelineRequest, type SendRequest } from '@azure/core-rest-pipeline';
import { errorFromResponse, errorFromTransport } from '../../../src/core/azure/azureErrorMapping';
import { errorBodyPolicy } from '../../../src/core/azure/pipelinePolicies';

const endpoint = 'https://management.azure.com';

/** Says what to do next, in the words the extension uses. */
const nextStep = /try again|sign in|refresh|ask an owner|check your connection/i;

describe('every error message says what happened and what to do', () => {
	for (const status of [400, 401, 403, 404, 409, 429, 500, 502, 503, 504, 418]) {
		it(`a ${status} without a body`, () => {
			const error = errorFromResponse(status, undefined);
			assert.equal(error.statusCode, status);
			if (status !== 400) {
				// A 400 without a body has nothing to fix but the request; the form shows its own field errors.
				assert.match(error.message, nextStep, error.message);
			}
		});
	}

	it('a 404 with ARM message gets the hint that the resource may be gone, once', () => {
		const body = { error: { code: 'ResourceNotFound', message: "The Resource 'x' was not found." } };
		const error = errorFromResponse(404, body);
		assert.match(
			error.message,
			/^The Resource 'x' was not found\. It may have been deleted elsewhere: refresh the view\.$/,
		);
		assert.equal(errorFromResponse(404, { error: { ...body.error, message: error.message } }).message, error.message);
	});

	it('other ARM messages are shown as Azure wrote them', () => {
		const error = errorFromResponse(409, { error: { code: 'Conflict', message: 'Another operation is running.' } });
		assert.equal(error.message, 'Another operation is running.');
	});

	it('a dropped connection names the host and says to check the connection', () => {
		const dropped = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
		const error = errorFromTransport(dropped, 'https://127.0.0.1:47443');
		assert.match(
			error.message,
			/^Could not reach 127\.0\.0\.1:47443: socket hang up\. Check your connection and try again\.$/,
		);
		assert.equal((error as { code?: string }).code, 'ECONNRESET');
	});
});

describe('a body that is not JSON', () => {
	for (const status of [200, 201, 500]) {
		it(`with status ${status} is reported as unreadable, not as that status`, () => {
			const parseError = Object.assign(new Error('Error "SyntaxError: Unterminated string" occurred while parsing'), {
				name: 'RestError',
				code: 'PARSE_ERROR',
				statusCode: status,
			});
			const error = errorFromTransport(parseError, endpoint);
			assert.equal((error as { code?: string }).code, 'InvalidResponse');
			assert.match(error.message, /management\.azure\.com could not be read \(it is not valid JSON\)\. Try again/);
			assert.doesNotMatch(error.message, /SyntaxError|status \d+/, 'no parser detail and no misleading status');
		});
	}
});

describe("errors whose SDK dropped the ARM body (the Compute client's paged lists)", () => {
	const armBody = JSON.stringify({
		error: {
			code: 'AuthorizationFailed',
			message:
				"The client 'someone' does not have authorization to perform action 'Microsoft.Compute/virtualMachineScaleSets/read'.",
		},
	});

	async function failThroughPolicy(status: number, bodyAsText: string | undefined): Promise<object> {
		const request = createPipelineRequest({ url: `${endpoint}/subscriptions/s/providers/Microsoft.Compute/x` });
		const next: SendRequest = async (sent) => ({ status, headers: createHttpHeaders(), request: sent, bodyAsText });
		await errorBodyPolicy().sendRequest(request, next);
		return request;
	}

	it('get the message back from the body the policy kept, naming the missing permission', async () => {
		const request = await failThroughPolicy(403, armBody);
		const sdkError = Object.assign(new Error('Pagination failed with unexpected statusCode 403'), {
			name: 'RestError',
			code: 'AuthorizationFailed',
			statusCode: 403,
			request,
		});
		const error = errorFromTransport(sdkError, endpoint);
		assert.equal((error as { code?: string }).code, 'AuthorizationFailed');
		assert.match(error.message, /Microsoft\.Compute\/virtualMachineScaleSets\/read/);
	});

	it('keep at least the ARM code when no body was kept', () => {
		const sdkError = Object.assign(new Error('Pagination failed with unexpected statusCode 409'), {
			name: 'RestError',
			code: 'MissingSubscriptionRegistration',
			statusCode: 409,
			request: createPipelineRequest({ url: endpoint }),
		});
		const error = errorFromTransport(sdkError, endpoint);
		assert.equal((error as { code?: string }).code, 'MissingSubscriptionRegistration');
		assert.match(error.message, /Refresh and try again/);
	});

	it('the policy keeps nothing of a successful response', async () => {
		const request = await failThroughPolicy(200, armBody);
		const sdkError = Object.assign(new Error('x'), { statusCode: 500, request });
		assert.match(errorFromTransport(sdkError, endpoint).message, /internal error/);
	});
});
