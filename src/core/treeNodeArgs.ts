import type { ScaleSetSummary } from './azure/scaleSetModels';
import type { StandbyVirtualMachinePool } from './azure/standbyPoolModels';

/**
 * What a command receives when it is run from a tree node's context menu.
 * The tree's node classes carry these fields; other features depend on this shape only.
 */
export interface ScaleSetNodeArgument {
	readonly kind: 'scaleSet';
	readonly scaleSet: ScaleSetSummary;
	/** The pool already attached to the scale set, if any. */
	readonly pool?: StandbyVirtualMachinePool;
}

export interface PoolNodeArgument {
	readonly kind: 'pool';
	readonly pool: StandbyVirtualMachinePool;
	/** The attached scale set, when it still exists. */
	readonly scaleSet?: ScaleSetSummary;
}

function hasKind(value: unknown, kind: string): boolean {
	return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === kind;
}

export function isScaleSetNodeArgument(value: unknown): value is ScaleSetNodeArgument {
	return hasKind(value, 'scaleSet');
}

export function isPoolNodeArgument(value: unknown): value is PoolNodeArgument {
	return hasKind(value, 'pool');
}
