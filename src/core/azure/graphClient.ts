import type { DirectoryApi, ServicePrincipal } from './accessModels';
import type { ArmEndpoint } from './armClientOptions';
import { JsonClient } from './jsonClient';

/**
 * Microsoft Graph, or the emulator standing in for it. Its credential is issued for Graph only, and the
 * endpoint guard keeps it there.
 */
export interface GraphEndpoint extends ArmEndpoint {
	/** Asks the user to sign in to Microsoft Graph when needed; absent for the emulator. */
	readonly requestConsent?: () => Promise<boolean>;
}

interface RawServicePrincipal {
	id?: unknown;
	appId?: unknown;
	displayName?: unknown;
	appOwnerOrganizationId?: unknown;
}

function optionalText(value: unknown): string | undefined {
	return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** OData string literals double their single quotes. */
function odataString(value: string): string {
	return `'${value.replace(/'/g, "''")}'`;
}

/** Looks service principals up by display name, the one Graph query the extension makes. */
export class GraphClient implements DirectoryApi {
	private readonly json: JsonClient;

	constructor(private readonly endpoint: GraphEndpoint) {
		this.json = new JsonClient(endpoint);
	}

	async findServicePrincipals(
		displayName: string,
		options: { interactive?: boolean; abortSignal?: AbortSignal } = {},
	): Promise<ServicePrincipal[]> {
		// TODO: Graph's `.default` scope gives only what VS Code's sign-in was consented for; without the right to
		// read service principals the roles show as unknown and the Azure CLI commands look the principal up instead.
		if (options.interactive && this.endpoint.requestConsent) {
			await this.endpoint.requestConsent();
		}
		const filter = encodeURIComponent(`displayName eq ${odataString(displayName)}`);
		const select = 'id,appId,displayName,appOwnerOrganizationId';
		const url = this.json.url(`/v1.0/servicePrincipals?$filter=${filter}&$select=${select}`);
		const body = (await this.json.expectOk('GET', url, undefined, options.abortSignal)) as { value?: unknown };
		const values = Array.isArray(body?.value) ? (body.value as RawServicePrincipal[]) : [];
		return values.flatMap((raw) => {
			const id = optionalText(raw.id);
			return id
				? [
						{
							id,
							appId: optionalText(raw.appId),
							displayName: optionalText(raw.displayName) ?? displayName,
							appOwnerOrganizationId: optionalText(raw.appOwnerOrganizationId),
						},
					]
				: [];
		});
	}
}
