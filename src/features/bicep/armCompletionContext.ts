import { prefixTokenPattern, type CompletionContext, type ValueKind } from './bicepCompletionContext';

/**
 * Decides what completion fits where the cursor is in an ARM template (JSON), from the text before the
 * cursor. Pure code.
 */

const deploymentTemplateSchema =
	/"\$schema"\s*:\s*"https?:\/\/schema\.management\.azure\.com\/schemas\/[^"]*deploymentTemplate\.json#?"/i;

/**
 * ARM templates are plain JSON files; their `$schema` says what they are. Any scope counts: resource
 * group, subscription, management group and tenant deployment templates all end in `eploymentTemplate.json`.
 */
export function isArmDeploymentTemplate(text: string): boolean {
	return deploymentTemplateSchema.test(text);
}

export function armCompletionContext(textBeforeCursor: string): CompletionContext {
	const lineStart = textBeforeCursor.lastIndexOf('\n') + 1;
	const line = textBeforeCursor.slice(lineStart);
	const state = scanJson(textBeforeCursor);

	const value = valueContext(line);
	if (value && isInStandbyPoolResource(textBeforeCursor)) {
		return value;
	}
	if (state.inString) {
		return { kind: 'none' };
	}

	const innermost = state.containers[state.containers.length - 1];
	if (innermost?.kind !== '[' || innermost.key !== 'resources') {
		return { kind: 'none' };
	}
	const token = prefixTokenPattern.exec(line)?.[0] ?? '';
	return { kind: 'snippet', tokenStart: line.length - token.length };
}

function valueContext(line: string): CompletionContext | undefined {
	const match = /^(\s*"(attachedVirtualMachineScaleSetId|location)"\s*:\s*)("[^"]*)?$/.exec(line);
	if (!match) {
		return undefined;
	}
	const value: ValueKind = match[2] === 'location' ? 'location' : 'scaleSetId';
	return { kind: 'value', value, valueStart: (match[1] as string).length };
}

/** The nearest `"type"` above the cursor names a standby pool (of either kind). */
function isInStandbyPoolResource(text: string): boolean {
	const types = [...text.matchAll(/"type"\s*:\s*"([^"]*)"/g)];
	const type = types[types.length - 1]?.[1] ?? '';
	return /^Microsoft\.StandbyPool\//i.test(type);
}

interface Container {
	readonly kind: '{' | '[';
	/** The property this container is the value of, when it is one. */
	readonly key: string | undefined;
}

interface JsonScanState {
	readonly containers: readonly Container[];
	readonly inString: boolean;
}

/** The open objects and arrays at the end of the text, each with the key that owns it. */
export function scanJson(text: string): JsonScanState {
	const containers: Container[] = [];
	let lastString: string | undefined;
	let pendingKey: string | undefined;
	let index = 0;

	while (index < text.length) {
		const character = text[index] as string;
		if (character === '"') {
			const end = endOfJsonString(text, index + 1);
			if (end < 0) {
				return { containers, inString: true };
			}
			lastString = text.slice(index + 1, end);
			index = end + 1;
			continue;
		}
		if (character === '/' && text[index + 1] === '/') {
			const end = text.indexOf('\n', index);
			index = end < 0 ? text.length : end + 1;
			continue;
		}
		if (character === '/' && text[index + 1] === '*') {
			const end = text.indexOf('*/', index + 2);
			index = end < 0 ? text.length : end + 2;
			continue;
		}

		if (character === ':') {
			pendingKey = lastString;
		} else if (character === '{' || character === '[') {
			containers.push({ kind: character, key: pendingKey });
			pendingKey = undefined;
		} else if (character === '}' || character === ']') {
			containers.pop();
			pendingKey = undefined;
		} else if (character === ',') {
			pendingKey = undefined;
		}
		if (!/\s/.test(character)) {
			lastString = character === ':' ? lastString : undefined;
		}
		index++;
	}
	return { containers, inString: false };
}

function endOfJsonString(text: string, from: number): number {
	for (let index = from; index < text.length; index++) {
		const character = text[index];
		if (character === '\\') {
			index++;
		} else if (character === '"') {
			return index;
		}
	}
	return -1;
}
