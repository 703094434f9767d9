/**
 * An error from Azure, reduced to what a user needs: the ARM code, the message and the field it names.
 * The Azure clients live in their own bundle, so the class exists twice at run time; `instanceof` therefore
 * recognises the error by its shape rather than by its prototype.
 */
export class AzureRequestError extends Error {
	static override [Symbol.hasInstance](value: unknown): value is AzureRequestError {
		return (
			value instanceof Error &&
			value.name === 'AzureRequestError' &&
			typeof (value as { code?: unknown }).code === 'string'
		);
	}

	constructor(
		message: string,
		readonly code: string,
		readonly statusCode: number | undefined,
		/** The property the service blames, e.g. `properties.elasticityProfile.minReadyCapacity`. */
		readonly target?: string,
		readonly details: readonly { code?: string; message?: string; target?: string }[] = [],
	) {
		super(message);
		this.name = 'AzureRequestError';
	}
}
