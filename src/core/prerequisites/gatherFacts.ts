import type { ServicePrincipal } from '../azure/accessModels';
import type { PrerequisiteApis } from './prerequisiteApis';
import type { CheckTarget, PrerequisiteFacts } from './prerequisiteModel';
import { outcomeOf, permissions } from './requestFailure';
import {
	microsoftOwnerTenants,
	standbyPoolNamespace,
	standbyPoolPrincipalName,
	subscriptionScope,
} from './requiredRoles';

export interface GatherOptions {
	/** The user asked for the check: Microsoft Graph may ask for consent. */
	readonly interactive?: boolean;
	readonly abortSignal?: AbortSignal;
}

/**
 * The Standby Pool service's principal among those with its name. Any tenant can create an application with
 * that display name, so a principal whose application another tenant owns is never taken: roles given to it
 * would go to a stranger. (The emulator does not report an owner; Microsoft Graph always does.)
 */
export function pickStandbyPoolPrincipal(found: readonly ServicePrincipal[]): ServicePrincipal | undefined {
	const named = found.filter(
		(principal) => principal.displayName.toLowerCase() === standbyPoolPrincipalName.toLowerCase(),
	);
	const microsoftOwned = named.find((principal) =>
		microsoftOwnerTenants.includes(principal.appOwnerOrganizationId?.toLowerCase() ?? ''),
	);
	return microsoftOwned ?? named.find((principal) => principal.appOwnerOrganizationId === undefined);
}

/**
 * Reads what the check needs, at most three requests: the registration, in parallel with the service
 * principal (Graph) and then its role assignments on the subscription. Failures are kept, not thrown.
 */
export async function gatherFacts(
	apis: PrerequisiteApis,
	target: CheckTarget,
	options: GatherOptions = {},
): Promise<PrerequisiteFacts> {
	const { abortSignal } = options;
	const [registration, access] = await Promise.all([
		outcomeOf(
			async () =>
				(await apis.providers.getProvider(target.subscriptionId, standbyPoolNamespace, abortSignal)).registrationState,
			permissions.readRegistration,
			{ abortSignal },
		),
		gatherAccess(apis, target, options),
	]);
	return { target, registration, ...access };
}

async function gatherAccess(
	apis: PrerequisiteApis,
	target: CheckTarget,
	{ interactive, abortSignal }: GatherOptions,
): Promise<Pick<PrerequisiteFacts, 'principal' | 'assignments'>> {
	const principal = await outcomeOf(
		async () =>
			pickStandbyPoolPrincipal(
				await apis.directory.findServicePrincipals(standbyPoolPrincipalName, { interactive, abortSignal }),
			),
		permissions.readServicePrincipals,
		{ abortSignal, namedByAzure: false },
	);
	const found = principal.ok ? principal.value : undefined;
	const assignments = found
		? await outcomeOf(
				() => apis.roleAssignments.listRoleAssignments(subscriptionScope(target.subscriptionId), found.id, abortSignal),
				permissions.readRoleAssignments,
				{ abortSignal },
			)
		: undefined;
	return { principal, assignments };
}
