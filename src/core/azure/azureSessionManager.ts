import * as vscode from 'vscode';
import { readFile } from 'node:fs/promises';
import type { AzureSessions } from './azureSessions';
import { affectsConnection, readConnection, type Connection } from './connectionSettings';
import { armScope, hasMicrosoftSession, signInToMicrosoft, vscodeMicrosoftCredential } from './credentials';
import { emulatorCredential } from './refreshableCredential';
import { defaultRequestTimeoutMs, type ArmEndpoint } from './armClientOptions';
import { graphEndpointFor } from './graphEndpoint';
import type { AzureSession } from './standbyPoolApi';
import { getLogger } from '../log';

const log = getLogger('session');
const azureResourceManager = 'https://management.azure.com';

/**
 * Creates the clients for the configured connection and keeps them until the connection or the
 * Microsoft sign-in changes. The Azure SDK modules load here, on first use, not at activation.
 */
export class AzureSessionManager implements AzureSessions, vscode.Disposable {
	private readonly emitter = new vscode.EventEmitter<void>();
	readonly onDidChangeSession = this.emitter.event;
	private readonly disposables: vscode.Disposable[] = [this.emitter];
	private current: { key: string; session: Promise<AzureSession> } | undefined;

	constructor() {
		this.disposables.push(
			vscode.workspace.onDidChangeConfiguration((event) => {
				if (affectsConnection(event)) {
					this.reset('connection settings changed');
				}
			}),
			vscode.authentication.onDidChangeSessions((event) => {
				if (event.provider.id === 'microsoft' && readConnection().kind === 'azure') {
					this.reset('Microsoft sign-in changed');
				}
			}),
		);
	}

	async getSession(options: { signIn?: boolean } = {}): Promise<AzureSession | undefined> {
		const connection = readConnection();
		if (connection.kind === 'azure' && !(await hasMicrosoftSession())) {
			if (!options.signIn || !(await signInToMicrosoft())) {
				return undefined;
			}
		}

		const key = JSON.stringify(connection);
		if (this.current?.key !== key) {
			const session = createSession(connection);
			this.current = { key, session };
			session.catch(() => {
				if (this.current?.session === session) {
					this.current = undefined;
				}
			});
		}
		return this.current.session;
	}

	private reset(reason: string): void {
		log.info(`Reconnecting: ${reason}`);
		this.current = undefined;
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

async function createEndpoint(connection: Connection): Promise<ArmEndpoint> {
	if (connection.kind === 'azure') {
		return {
			url: azureResourceManager,
			credential: vscodeMicrosoftCredential(),
			scope: armScope,
			timeoutMs: requestTimeoutMs(),
		};
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

async function createSession(connection: Connection): Promise<AzureSession> {
	const endpoint = await createEndpoint(connection);
	// A plain require keeps the SDK bundle separate (see esbuild.mjs) and loads it only now.
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { createAzureClients } = require('./azureClients') as typeof import('./azureClients');
	log.info(`Connected to ${connection.kind === 'azure' ? 'Azure' : `the local emulator at ${endpoint.url}`}`);
	return {
		label: connection.kind === 'azure' ? 'Azure' : vscode.l10n.t('Local emulator'),
		portalUrl: connection.kind === 'azure' ? 'https://portal.azure.com' : undefined,
		...createAzureClients(endpoint, graphEndpointFor(endpoint, connection.kind)),
	};
}
