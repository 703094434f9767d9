import { localize } from './localize';
import type { PoolFormContext } from './poolFormModel';

/** Compares regions as ARM does: `East US` is `eastus`. */
export function sameRegion(left: string, right: string): boolean {
	const normalize = (region: string): string => region.replace(/\s+/g, '').toLowerCase();
	return normalize(left) === normalize(right);
}

/**
 * Why the scale set cannot take a new standby pool, or undefined when it can.
 * Only checked when creating: an existing pool's attachment is not changed by this form.
 */
export function scaleSetProblem(context: PoolFormContext): string | undefined {
	if (context.target.mode !== 'create') {
		return undefined;
	}
	const scaleSet = context.scaleSet;
	if (!scaleSet) {
		return localize('The scale set could not be read. Refresh the view and open the form again.');
	}
	if (scaleSet.orchestrationMode?.toLowerCase() !== 'flexible') {
		return localize(
			'Standby pools work only with scale sets that use Flexible orchestration; {0} uses {1}.',
			scaleSet.name,
			scaleSet.orchestrationMode ?? localize('an unknown mode'),
		);
	}
	if (scaleSet.subscriptionId.toLowerCase() !== context.subscriptionId.toLowerCase()) {
		return localize('The pool must be in the same subscription as the scale set {0}.', scaleSet.name);
	}
	if (!sameRegion(scaleSet.location, context.location)) {
		return localize(
			'The pool must be in the same region as the scale set ({0}), not {1}.',
			scaleSet.location,
			context.location,
		);
	}
	if (scaleSet.otherPoolName !== undefined) {
		return localize(
			'{0} already has a standby pool, {1}. A scale set can have only one; edit that pool instead.',
			scaleSet.name,
			scaleSet.otherPoolName,
		);
	}
	if (scaleSet.platformFaultDomainCount !== undefined && scaleSet.platformFaultDomainCount > 1) {
		return localize(
			'{0} spreads over {1} fault domains; standby pools need a scale set with one platform fault domain.',
			scaleSet.name,
			scaleSet.platformFaultDomainCount,
		);
	}
	return undefined;
}
