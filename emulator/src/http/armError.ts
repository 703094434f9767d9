/** The body Azure Resource Manager uses for every error (common-types v5 `ErrorResponse`). */
export interface ArmErrorDetail {
	code: string;
	message: string;
	target?: string;
	details?: ArmErrorDetail[];
}

/**
 * An error a handler throws to answer with an ARM error body; the server turns it into the response,
 * so handlers can stop at the first rule a request breaks.
 */
export class ArmError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
		readonly target?: string,
		readonly details?: ArmErrorDetail[],
		readonly headers: Record<string, string> = {},
	) {
		super(message);
	}

	toBody(): { error: ArmErrorDetail } {
		return { error: toDetail(this.code, this.message, this.target, this.details) };
	}
}

export function toDetail(code: string, message: string, target?: string, details?: ArmErrorDetail[]): ArmErrorDetail {
	const detail: ArmErrorDetail = { code, message };
	if (target !== undefined) {
		detail.target = target;
	}
	if (details !== undefined && details.length > 0) {
		detail.details = details;
	}
	return detail;
}

/** A 400 naming the property at fault, the shape validation failures take. */
export function badRequest(message: string, target?: string, code = 'BadRequest'): ArmError {
	return new ArmError(400, code, message, target);
}

export function resourceNotFound(type: string, name: string, resourceGroup: string): ArmError {
	return new ArmError(
		404,
		'ResourceNotFound',
		`The Resource '${type}/${name}' under resource group '${resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
	);
}

export function resourceGroupNotFound(resourceGroup: string): ArmError {
	return new ArmError(404, 'ResourceGroupNotFound', `Resource group '${resourceGroup}' could not be found.`);
}

export function subscriptionNotFound(subscriptionId: string): ArmError {
	return new ArmError(404, 'SubscriptionNotFound', `The subscription '${subscriptionId}' could not be found.`);
}
