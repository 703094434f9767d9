import { ArmError } from '../http/armError';
import { ok, type ArmResponse } from '../http/armResponse';
import { param, type RequestContext } from '../http/requestContext';
import type { Router } from '../http/router';
import { standbyPoolPrincipal } from '../state/standbyPoolPrincipal';

// TODO: Graph knows only the Standby Pool Resource Provider's principal, the one lookup the extension makes.
/**
 * The one Microsoft Graph lookup the extension needs: the "Standby Pool Resource Provider" service principal, by
 * `$filter=displayName eq '…'` or `appId eq '…'`, or by object id. Served on the same host, under `/v1.0`.
 */
export function addGraphRoutes(router: Router): void {
	router.add('GET', '/v1.0/servicePrincipals', listServicePrincipals);
	router.add('GET', '/v1.0/servicePrincipals/{id}', getServicePrincipal);
}

function listServicePrincipals(context: RequestContext): ArmResponse {
	const filter = context.query.get('$filter') ?? '';
	const match = /(displayName|appId)\s+eq\s+'([^']*)'/i.exec(filter);
	const field = match?.[1]?.toLowerCase() === 'appid' ? standbyPoolPrincipal.appId : standbyPoolPrincipal.displayName;
	const found = match === null || match[2]?.toLowerCase() === field.toLowerCase();
	return ok({
		'@odata.context': `${context.baseUrl}/v1.0/$metadata#servicePrincipals`,
		value: found ? [principalBody()] : [],
	});
}

function getServicePrincipal(context: RequestContext): ArmResponse {
	const id = param(context, 'id').toLowerCase();
	if (id !== standbyPoolPrincipal.id && id !== `(appid='${standbyPoolPrincipal.appId}')`) {
		throw new ArmError(
			404,
			'Request_ResourceNotFound',
			`Resource '${param(context, 'id')}' does not exist or one of its queried reference-property objects are not present.`,
		);
	}
	return ok(principalBody());
}

function principalBody(): Record<string, unknown> {
	return {
		id: standbyPoolPrincipal.id,
		appId: standbyPoolPrincipal.appId,
		displayName: standbyPoolPrincipal.displayName,
		servicePrincipalType: 'Application',
		accountEnabled: true,
	};
}
