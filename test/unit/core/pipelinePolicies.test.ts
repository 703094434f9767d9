import * as assert from 'node:assert/strict';
import { createHttpHeaders, createPipelineRequest, type SendRequest } from '@azure/core-rest-pipeline';
import { redact } from '../../../src/core/log';
import { endpointGuardPolicy, reauthenticatePolicy } from '../../../src/core/azure/pipelinePolicies';
import { refreshableCredential } from '../../../src/core/azure/refreshableCredential';

function respond(status: number): SendRequest {
	return async (request) => ({ status, headers: createHttpHeaders(), request });
}

describe('endpoint guard', () => {
	const guard = endpointGuardPolicy('https://management.azure.com');

	it('lets requests to its own endpoint through', async () => {
		const request = createPipelineRequest({ url: 'https://management.azure.com/subscriptions?api-version=2022-12-01' });
		assert.equal((await guard.sendRequest(request, respond(200))).status, 200);
	});

	for (const url of [
		'https://contoso.com/operationstatus',
		'http://management.azure.com/subscriptions',
		'https://management.azure.com.evil.example/x',
		'https://management.azure.com:8443/x',
		'https://169.254.169.254/metadata/identity',
	]) {
		it(`refuses ${url} before anything is sent`, async () => {
			let sent = false;
			const request = createPipelineRequest({ url });
			await assert.rejects(
				guard.sendRequest(request, async (sentRequest) => {
					sent = true;
					return respond(200)(sentRequest);
				}),
				/Refused to send a request/,
			);
			assert.equal(sent, false);
		});
	}
});

describe('re-authentication after a 401', () => {
	it('drops the cached token and sends the request once more', async () => {
		let fetched = 0;
		const credential = refreshableCredential(async () => `token-${++fetched}`);
		const policy = reauthenticatePolicy(credential);
		const statuses = [401, 200];
		const tokens: (string | undefined)[] = [];
		const request = createPipelineRequest({ url: 'https://management.azure.com/x' });
		const response = await policy.sendRequest(request, async (sent) => {
			tokens.push((await credential.getToken('scope'))?.token);
			return respond(statuses.shift() ?? 500)(sent);
		});
		assert.equal(response.status, 200);
		assert.deepEqual(tokens, ['token-1', 'token-2']);
	});

	it('returns a second 401 to the caller instead of looping', async () => {
		let calls = 0;
		const policy = reauthenticatePolicy({ invalidate: () => undefined });
		const response = await policy.sendRequest(
			createPipelineRequest({ url: 'https://management.azure.com/x' }),
			async (sent) => {
				calls++;
				return respond(401)(sent);
			},
		);
		assert.equal(response.status, 401);
		assert.equal(calls, 2);
	});
});

describe('redact', () => {
	it('removes bearer tokens and JWTs from log lines', () => {
		const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXN0cmluZw';
		const line = redact(`Authorization: Bearer abc.def-ghi and ${jwt}`);
		assert.equal(line.includes('abc.def-ghi'), false);
		assert.equal(line.includes(jwt), false);
	});
});
