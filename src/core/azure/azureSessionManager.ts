import * as vscode from 'vscode';
import { readFile } from 'node:fs/promises';
import { affectsStandbyPoolApiVersion, readStandbyPoolApiVersion } from './apiVersionSetting';
import type { AzureSessions } from './azureSessions';
import { affectsConnection, defaultRequestTimeoutMs, readConnection, type Connection } from './connectionSettings';
import type { CloudEnvironment } from './cloudEnvironment';
import {
	hasMicrosoftSession,
	readCloudEnvironment,
	resourceManagerScope,
	signInToMicrosoft,
	sovereignCloudSection,
	vscodeMicrosoftCredential,
} from './credentials';
import { emulatorCredential } from './refreshableCredential';
// Types only: armClientOptions loads the Azure SDK's pipeline, which must stay out of the activation bundle.
import type { ArmEndpoint } from './armClientOptions';
import { graphEndpointFor } from './graphEndpoint';
import type { AzureSession } from './standbyPoolApi';
import { getLogger } from '../log';

const log = getLogger('session');
const selectedTenantKey = 'standbyPools.selectedTenant';

/** The connection, and for Azure the cloud and tenant, that one session serves. */
interface SessionTarget {
	readonly connection: Connection;
	readonly cloud: CloudEnvironment | undefined;
	readonly tenantId: string | undefined;
	/** The Microsoft.StandbyPool api-version the session's pool client sends. */
	readonly standbyPoolApiVersion: string;
}

/**
 * Creates the clients for the configured connection and keeps them until the connection or the
 * Microsoft sign-in changes. The Azure SDK modules load here, on first use, not at activation.
 */
export class AzureSessionManager implements AzureSessions, vscode.Disposable {
	private readonly emitter = new vscode.EventEmitter<void>();
	readonly onDidChangeSession = this.emitter.event;
	private readonly disposables: vscode.Disposable[] = [this.emitter];
	private readonly sessions = new Map<string, Promise<AzureSession>>();

	/** `state` keeps the chosen tenant; without one (as in tests) the choice lasts as long as the manager. */
	constructor(private readonly state: Pick<vscode.Memento, 'get' | 'update'> = memoryState()) {
		this.disposables.push(
			vscode.workspace.onDidChangeConfiguration((event) => {
				if (affectsConnection(event) || event.affectsConfiguration(sovereignCloudSection)) {
					this.reset('connection settings changed');
				} else if (affectsStandbyPoolApiVersion(event)) {
					this.reset(`api-version ${readStandbyPoolApiVersion()} chosen`);
				}
			}),
			vscode.authentication.onDidChangeSessions((event) => {
				if (event.provider.id.startsWith('microsoft') && readConnection().kind === 'azure') {
					this.reset('Microsoft sign-in changed');
				}
			}),
		);
	}

	/** The tenant chosen with "Select Tenant", or undefined for every tenant of the account. */
	get selectedTenantId(): string | undefined {
		return this.state.get<string>(selectedTenantKey);
	}

	async selectTenant(tenantId: string | undefined): Promise<void> {
		await this.state.update(selectedTenantKey, tenantId);
		this.reset(tenantId ? `tenant ${tenantId} selected` : 'all tenants selected');
	}

	async getSession(options: { signIn?: boolean; tenantId?: string } = {}): Promise<AzureSession | undefined> {
		const connection = readConnection();
		const cloud = connection.kind === 'azure' ? readCloudEnvironment() : undefined;
		const tenantId = connection.kind === 'azure' ? (options.tenantId ?? this.selectedTenantId) : undefined;
		if (cloud && !(await hasMicrosoftSession(cloud, tenantId))) {
			if (!options.signIn || !(await signInToMicrosoft(cloud, tenantId))) {
				return undefined;
			}
		}

		const target: SessionTarget = { connection, cloud, tenantId, standbyPoolApiVersion: readStandbyPoolApiVersion() };
		const key = JSON.stringify(target);
		let session = this.sessions.get(key);
		if (!session) {
			const created = createSession(target);
			session = created;
			this.sessions.set(key, created);
			created.catch(() => this.sessions.delete(key));
		}
		return session;
	}

	private reset(reason: string): void {
		log.info(`Reconnecting: ${reason}`);
		this.sessions.clear();
		this.emitter.fire();
	}

	dispose(): void {
		vscode.Disposable.from(...this.disposables).dispose();
	}
}

function requestTimeoutMs(): number {
	const seconds = vscode.workspace
		.getConfiguration('standbyPools')
		.get<number>('requestTimeoutSeconds', defaultRequestTimeoutMs / 1000);
	return Math.max(1, seconds) * 1000;
}

function memoryState(): Pick<vscode.Memento, 'get' | 'update'> {
	const values = new Map<string, unknown>();
	return {
		get: <T>(key: string, defaultValue?: T) => (values.has(key) ? values.get(key) : defaultValue) as T,
		update: async (key: string, value: unknown) => {
			values.set(key, value);
		},
	};
}

async function createEndpoint({ connection, cloud, tenantId }: SessionTarget): Promise<ArmEndpoint> {
	if (connection.kind === 'azure' && cloud) {
		return {
			url: cloud.resourceManager,
			credential: vscodeMicrosoftCredential(cloud, tenantId),
			scope: resourceManagerScope(cloud),
			timeoutMs: requestTimeoutMs(),
		};
	}
	if (connection.kind !== 'emulator') {
		throw new Error('An Azure connection needs a cloud');
	}

	if (!connection.caFile) {
		throw new Error(
			vscode.l10n.t(
				'No CA certificate is set for the local emulator. Run "Start Local Emulator", or set "standbyPools.emulator.caFile".',
			),
		);
	}
	let ca: Buffer;
	try {
		ca = await readFile(connection.caFile);
	} catch {
		throw new Error(
			vscode.l10n.t(
				'The local emulator\'s CA certificate was not found at {0}. Start the emulator or set "standbyPools.emulator.caFile".',
				connection.caFile,
			),
		);
	}
	const { Agent } = await import('node:https');
	const url = connection.url.replace(/\/+$/, '');
	return {
		url,
		credential: emulatorCredential(),
		scope: `${url}/.default`,
		agent: new Agent({ ca, keepAlive: true }),
		timeoutMs: requestTimeoutMs(),
	};
}

async function createSession(target: SessionTarget): Promise<AzureSession> {
	const { connection, cloud } = target;
	const endpoint = await createEndpoint(target);
	// A plain require keeps the SDK bundle separate (see esbuild.mjs) and loads it only now.
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { createAzureClients, setLocalizedStrings } = require('./azureClients') as typeof import('./azureClients');
	setLocalizedStrings(vscode.l10n.bundle);
	const tenant = target.tenantId ? ` (tenant ${target.tenantId})` : '';
	log.info(`Connected to ${cloud ? `${cloud.name}${tenant}` : `the local emulator at ${endpoint.url}`}`);
	return {
		label: cloud ? cloud.name : vscode.l10n.t('Local emulator'),
		connectionKind: connection.kind,
		tenantId: target.tenantId,
		portalUrl: cloud?.portal,
		...createAzureClients(endpoint, graphEndpointFor(endpoint, cloud, target.tenantId), target.standbyPoolApiVersion),
	};
}
