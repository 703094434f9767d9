import { ArmError } from './armError';
import type { RequestContext } from './requestContext';

/** Returns the request's api-version if the service supports it, and answers ARM's 400 otherwise. */
export function requireApiVersion(context: RequestContext, supported: readonly string[]): string {
	const version = context.query.get('api-version');
	if (version === null || version === '') {
		throw new ArmError(
			400,
			'MissingApiVersionParameter',
			'The api-version query parameter (?api-version=) is required for all requests.',
		);
	}
	if (!supported.includes(version)) {
		throw new ArmError(
			400,
			'InvalidApiVersionParameter',
			`The api-version '${version}' is invalid. The supported versions are '${[...supported].reverse().join(',')}'.`,
		);
	}
	return version;
}
