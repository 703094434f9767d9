import { checklistActions, type ChecklistAction, type PrerequisiteChecklist } from '../../core/prerequisites/checklist';
import { commandFormats, type CommandFormat } from './equivalentCommands/model';
import type { FormTarget, PoolFormContext, PoolFormValues } from './poolFormModel';
import { fieldIds, type FieldId, type FieldMessages } from './validation';

/**
 * The messages between the pool form's webview and the extension host, shared by both sides.
 * The host checks every inbound message with `parseWebviewMessage` and drops what does not fit;
 * it posts nothing before the webview says `ready`.
 */

export const poolFormViewType = 'standbyPools.poolForm';

/** Webview to host. */
export type WebviewMessage =
	| { type: 'ready' }
	| { type: 'valuesChanged'; values: PoolFormValues }
	| { type: 'submit'; values: PoolFormValues }
	| { type: 'cancel' }
	| { type: 'commandAction'; action: 'copy' | 'open'; format: CommandFormat; values: PoolFormValues }
	| { type: 'prerequisitesAction'; action: ChecklistAction };

/** Host to webview. */
export type HostMessage =
	| { type: 'init'; context: PoolFormContext; values: PoolFormValues; strings: Record<string, string> | undefined }
	| { type: 'loadFailed'; message: string }
	| { type: 'prerequisites'; checklist: PrerequisiteChecklist }
	| { type: 'validation'; errors: FieldMessages }
	| { type: 'progress'; message: string }
	| { type: 'operationFailed'; message: string; code: string | undefined; field: FieldId | undefined }
	| { type: 'operationSucceeded'; message: string }
	| { type: 'notice'; message: string };

/** What the webview keeps with `setState`, and what the serializer gets back after a reload. */
export interface PersistedFormState {
	version: 1;
	target: FormTarget;
	values: PoolFormValues;
}

/** Generous bounds that no real input reaches; they only stop a malformed or hostile message. */
export const messageLimits = { maxText: 4096, maxTags: 200 } as const;

type Shape = Record<string, unknown>;

function isRecord(value: unknown): value is Shape {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasExactKeys(value: Shape, keys: readonly string[]): boolean {
	const actual = Object.keys(value);
	return actual.length === keys.length && keys.every((key) => Object.prototype.hasOwnProperty.call(value, key));
}

function isText(value: unknown): value is string {
	return typeof value === 'string' && value.length <= messageLimits.maxText;
}

const textFields = [
	'name',
	'virtualMachineState',
	'minReadyCapacity',
	'maxReadyCapacity',
	'postProvisioningDelay',
	'runningPercent',
	'deallocatedPercent',
	'hibernatedPercent',
] as const;

export function isPoolFormValues(value: unknown): value is PoolFormValues {
	if (!isRecord(value) || !hasExactKeys(value, [...textFields, 'dynamicSizingEnabled', 'tags'])) {
		return false;
	}
	const tags = value.tags;
	return (
		textFields.every((field) => isText(value[field])) &&
		typeof value.dynamicSizingEnabled === 'boolean' &&
		Array.isArray(tags) &&
		tags.length <= messageLimits.maxTags &&
		tags.every((tag) => isRecord(tag) && hasExactKeys(tag, ['key', 'value']) && isText(tag.key) && isText(tag.value))
	);
}

export function isFormTarget(value: unknown): value is FormTarget {
	if (!isRecord(value)) {
		return false;
	}
	if (value.mode === 'create') {
		return hasExactKeys(value, ['mode', 'scaleSetId']) && isText(value.scaleSetId) && value.scaleSetId !== '';
	}
	return (
		value.mode === 'edit' && hasExactKeys(value, ['mode', 'poolId']) && isText(value.poolId) && value.poolId !== ''
	);
}

export function isPersistedFormState(value: unknown): value is PersistedFormState {
	return (
		isRecord(value) &&
		hasExactKeys(value, ['version', 'target', 'values']) &&
		value.version === 1 &&
		isFormTarget(value.target) &&
		isPoolFormValues(value.values)
	);
}

export type ParseResult = { message: WebviewMessage; problem?: undefined } | { message?: undefined; problem: string };

/** Checks a message from the webview; the problem says why it was refused, for the log. */
export function parseWebviewMessage(raw: unknown): ParseResult {
	if (!isRecord(raw) || typeof raw.type !== 'string') {
		return { problem: 'not an object with a string "type"' };
	}
	const type = raw.type;
	const refuse = (why: string): ParseResult => ({ problem: `"${type.slice(0, 40)}": ${why}` });
	switch (raw.type) {
		case 'ready':
		case 'cancel':
			return hasExactKeys(raw, ['type']) ? { message: { type: raw.type } } : refuse('unexpected fields');
		case 'valuesChanged':
		case 'submit':
			return hasExactKeys(raw, ['type', 'values']) && isPoolFormValues(raw.values)
				? { message: { type: raw.type, values: raw.values } }
				: refuse('malformed values');
		case 'commandAction':
			return hasExactKeys(raw, ['type', 'action', 'format', 'values']) &&
				(raw.action === 'copy' || raw.action === 'open') &&
				(commandFormats as readonly unknown[]).includes(raw.format) &&
				isPoolFormValues(raw.values)
				? {
						message: {
							type: 'commandAction',
							action: raw.action,
							format: raw.format as CommandFormat,
							values: raw.values,
						},
					}
				: refuse('malformed command action');
		case 'prerequisitesAction':
			return hasExactKeys(raw, ['type', 'action']) && (checklistActions as readonly unknown[]).includes(raw.action)
				? { message: { type: 'prerequisitesAction', action: raw.action as ChecklistAction } }
				: refuse('malformed prerequisites action');
		default:
			return refuse('unknown message type');
	}
}

export function isFieldId(value: unknown): value is FieldId {
	return (fieldIds as readonly unknown[]).includes(value);
}
