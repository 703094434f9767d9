/** An error from Azure, reduced to what a user needs: the ARM code, the message and the field it names. */
export class AzureRequestError extends Error {
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
