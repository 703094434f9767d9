import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { getClient } from '@azure-rest/core-client';
import { createHttpHeaders, createPipelineRequest, type SendRequest } from '@azure/core-rest-pipeline';
import { prepareTls } from '../../../emulator/src/tls/certificates';
import { endpointPolicies, type ArmEndpoint } from '../../../src/core/azure/armClientOptions';
import { cloudFromSettings, publicCloud } from '../../../src/core/azure/cloudEnvironment';
import { endpointGuardPolicy } from '../../../src/core/azure/pipelinePolicies';
import { refreshableCredential } from '../../../src/core/azure/refreshableCredential';
import { ScaleSetClient } from '../../../src/core/azure/scaleSetClient';
import { StandbyPoolClient } from '../../../src/core/azure/standbyPoolClient';
import { SubscriptionClient } from '../../../src/core/azure/subscriptionClient';
import { seededRandom } from '../faults/seededRandom';

interface SeenRequest {
	readonly method: string;
	readonly url: string;
	readonly authorization: string | undefined;
}

/** An HTTPS server on 127.0.0.1 that records every request and answers with `answer`. */
interface TestServer {
	readonly origin: string;
	readonly seen: SeenRequest[];
	answer: (request: SeenRequest) => { status: number; headers?: Record<string, string>; body?: unknown };
	close(): Promise<void>;
}

async function startServer(tls: { key: string; cert: string }): Promise<TestServer> {
	const seen: SeenRequest[] = [];
	const state: Pick<TestServer, 'answer'> = { answer: () => ({ status: 404 }) };
	const server = https.createServer(tls, (request, response) => {
		request.resume();
		request.on('end', () => {
			const recorded = {
				method: request.method ?? '',
				url: request.url ?? '',
				authorization: request.headers.authorization,
			};
			seen.push(recorded);
			const { status, headers = {}, body } = state.answer(recorded);
			const text = body === undefined ? '' : JSON.stringify(body);
			response.writeHead(status, {
				'content-type': 'application/json',
				'content-length': Buffer.byteLength(text),
				...headers,
			});
			response.end(text);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		origin,
		seen,
		get answer() {
			return state.answer;
		},
		set answer(value) {
			state.answer = value;
		},
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

const token = 'unit-test-secret-token';
const poolPath =
	'/subscriptions/s1/resourceGroups/rg/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/pool-1';

/**
 * The clients against a server that tries to send them, and the token they carry, to another origin: a
 * long-running operation's status URL, a paging link or a redirect. The endpoint guard must refuse before
 * anything reaches the other server.
 */
describe('a token never leaves the endpoint it was issued for', function () {
	this.timeout(30_000);
	let dataDir: string;
	let azure: TestServer;
	let elsewhere: TestServer;
	let endpoint: ArmEndpoint;

	before(async () => {
		dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'standby-guard-test-'));
		const tls = prepareTls(dataDir);
		azure = await startServer({ key: tls.serverKeyPem, cert: tls.serverCertPem });
		elsewhere = await startServer({ key: tls.serverKeyPem, cert: tls.serverCertPem });
		endpoint = {
			url: azure.origin,
			credential: refreshableCredential(async () => token),
			scope: `${azure.origin}/.default`,
			agent: new https.Agent({ ca: tls.caPem }),
			timeoutMs: 10_000,
		};
	});

	after(async () => {
		await azure.close();
		await elsewhere.close();
		fs.rmSync(dataDir, { recursive: true, force: true });
	});

	beforeEach(() => {
		azure.seen.length = 0;
		elsewhere.seen.length = 0;
		elsewhere.answer = () => ({ status: 200, body: { status: 'Succeeded', value: [] } });
	});

	function assertNothingElsewhere(): void {
		assert.deepEqual(elsewhere.seen, [], 'a request reached the other origin');
		for (const request of azure.seen) {
			assert.equal(request.authorization, `Bearer ${token}`, 'the endpoint itself gets the token');
		}
	}

	it('a create whose Azure-AsyncOperation points elsewhere is refused', async () => {
		azure.answer = () => ({
			status: 201,
			headers: { 'azure-asyncoperation': `${elsewhere.origin}/operationStatuses/1`, 'retry-after': '0' },
			body: { id: poolPath, name: 'pool-1', properties: {} },
		});
		const client = new StandbyPoolClient(endpoint);
		await assert.rejects(
			client.createOrReplacePool(poolPath, { location: 'eastus', properties: {} } as never),
			new RegExp(`Refused to send a request to ${elsewhere.origin.replace(/\./g, '\\.')}`),
		);
		assert.equal(azure.seen.length, 1);
		assertNothingElsewhere();
	});

	it('a delete whose Location points elsewhere is refused', async () => {
		azure.answer = () => ({
			status: 202,
			headers: { location: `${elsewhere.origin}/operationResults/1`, 'retry-after': '0' },
		});
		const client = new StandbyPoolClient(endpoint);
		await assert.rejects(client.deletePool(poolPath), /Refused to send a request/);
		assertNothingElsewhere();
	});

	it('a pool list whose nextLink points elsewhere is refused', async () => {
		azure.answer = () => ({ status: 200, body: { value: [], nextLink: `${elsewhere.origin}/page2` } });
		await assert.rejects(new StandbyPoolClient(endpoint).listPools('s1'), /Refused to send a request/);
		assertNothingElsewhere();
	});

	it('a subscription list whose nextLink points elsewhere is refused', async () => {
		azure.answer = () => ({ status: 200, body: { value: [], nextLink: `${elsewhere.origin}/subscriptions?page=2` } });
		await assert.rejects(new SubscriptionClient(endpoint).listSubscriptions(), /Refused to send a request/);
		assertNothingElsewhere();
	});

	it('a scale set list (the Compute SDK) whose nextLink points elsewhere is refused', async () => {
		azure.answer = () => ({ status: 200, body: { value: [], nextLink: `${elsewhere.origin}/vmss?page=2` } });
		await assert.rejects(new ScaleSetClient(endpoint).listScaleSets('s1'), /Refused to send a request/);
		assertNothingElsewhere();
	});

	it('a redirect to another origin is not followed', async () => {
		azure.answer = () => ({ status: 302, headers: { location: `${elsewhere.origin}/pool` } });
		// The SDK hands the 302 back unfollowed; what the client makes of it does not matter here.
		await new StandbyPoolClient(endpoint).getPool(poolPath).catch(() => undefined);
		assert.equal(azure.seen.length, 1);
		assertNothingElsewhere();
	});

	it('the guard runs before the token is fetched or added: a refused request never costs a token', async () => {
		let tokensAsked = 0;
		const sent: string[] = [];
		const pipelineEndpoint: ArmEndpoint = {
			...endpoint,
			credential: {
				getToken: async () => {
					tokensAsked++;
					return { token, expiresOnTimestamp: Date.now() + 3_600_000 };
				},
				invalidate: () => undefined,
			},
		};
		const client = getClient(pipelineEndpoint.url, {
			additionalPolicies: endpointPolicies(pipelineEndpoint),
			httpClient: {
				sendRequest: async (request) => {
					sent.push(`${request.url} ${request.headers.get('authorization') ?? ''}`);
					return { status: 200, headers: createHttpHeaders(), request, bodyAsText: '{}' };
				},
			},
		});

		await assert.rejects(async () => client.pathUnchecked(`${elsewhere.origin}/x`).get(), /Refused to send a request/);
		assert.equal(tokensAsked, 0);
		assert.deepEqual(sent, []);

		await client.pathUnchecked(`${azure.origin}/x`).get();
		assert.equal(tokensAsked, 1);
		assert.deepEqual(sent, [`${azure.origin}/x Bearer ${token}`]);
	});
});

describe('the endpoint guard against tricky URLs', () => {
	const allowed = 'https://management.azure.com';
	const guard = endpointGuardPolicy(allowed);
	const respond: SendRequest = async (request) => ({ status: 200, headers: createHttpHeaders(), request });

	async function passes(url: string): Promise<boolean> {
		try {
			await guard.sendRequest(createPipelineRequest({ url }), respond);
			return true;
		} catch (error) {
			assert.match(String(error), /Refused to send a request/);
			return false;
		}
	}

	const table: [string, boolean][] = [
		['https://management.azure.com/subscriptions', true],
		['https://MANAGEMENT.AZURE.COM/subscriptions', true],
		['https://management.azure.com:443/subscriptions', true],
		['https://management.azure.com@evil.example/subscriptions', false],
		['https://evil.example/?https://management.azure.com', false],
		['https://evil.example#@management.azure.com', false],
		['https://management.azure.com./subscriptions', false],
		['https://management.azure.com.evil.example/subscriptions', false],
		['https://management.azure.com:444/subscriptions', false],
		['http://management.azure.com/subscriptions', false],
		['https://xn--mnagement-y2a.azure.com/subscriptions', false],
		['https://127.0.0.1/subscriptions', false],
		['https://[::1]/subscriptions', false],
		['https://169.254.169.254/metadata/identity/oauth2/token', false],
	];
	for (const [url, expected] of table) {
		it(`${expected ? 'lets through' : 'refuses'} ${url}`, async () => {
			assert.equal(await passes(url), expected);
		});
	}

	it('lets a URL through exactly when its origin is the endpoint (seeded random URLs)', async () => {
		const random = seededRandom(8);
		const hosts = ['management.azure.com', 'management.azure.com.', 'evil.example', 'management.azure.co', 'azure.com'];
		const prefixes = ['https://', 'http://', 'https://user:pass@', 'https://management.azure.com@'];
		for (let index = 0; index < 300; index++) {
			const url = `${random.pick(prefixes)}${random.pick(hosts)}${random.pick(['', ':443', ':8443'])}/${random.text(0, 12)}`;
			let origin: string | undefined;
			try {
				origin = new URL(url).origin;
			} catch {
				origin = undefined;
			}
			if (origin !== undefined) {
				assert.equal(await passes(url), origin === allowed, url);
			}
		}
	});
});

describe('the clouds a Microsoft token may go to', () => {
	it('are Microsoft hosts over https, unless the user configured a custom cloud', () => {
		for (const environment of [undefined, '', 'AzureCloud', 'ChinaCloud', 'USGovernment', 'unknown']) {
			const cloud = cloudFromSettings(environment, undefined);
			for (const url of [cloud.resourceManager, cloud.graph, cloud.portal]) {
				assert.match(
					url,
					/^https:\/\/[a-z.]+\.(azure\.com|microsoft\.com|chinacloudapi\.cn|azure\.cn|usgovcloudapi\.net|azure\.us|microsoft\.us)$/,
				);
			}
		}
	});

	it('a custom cloud that is not https, or not a URL, falls back to the public cloud', () => {
		for (const resourceManagerEndpointUrl of [
			'http://arm.contoso.example',
			'not a url',
			42,
			'',
			'file:///etc/passwd',
		]) {
			assert.deepEqual(cloudFromSettings('custom', { resourceManagerEndpointUrl }), publicCloud);
		}
	});

	it("a custom cloud keeps only the origin, so a token is never sent to a path of the user's choosing", () => {
		const cloud = cloudFromSettings('custom', {
			resourceManagerEndpointUrl: 'https://arm.contoso.example/some/path?x=1',
		});
		assert.equal(cloud.resourceManager, 'https://arm.contoso.example');
	});
});
