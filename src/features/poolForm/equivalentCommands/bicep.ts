import { localize } from '../localize';
import type { PoolRequest } from '../poolRequests';
import { poolResourceType } from './model';
import { bicepString } from './quoting';

const identifier = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const reservedWords = new Set(['true', 'false', 'null']);

function bicepKey(key: string): string {
	return identifier.test(key) && !reservedWords.has(key) ? key : bicepString(key);
}

/** Any JSON value as a Bicep expression, indented with two spaces per level. */
export function bicepValue(value: unknown, indent = ''): string {
	const inner = `${indent}  `;
	if (typeof value === 'string') {
		return bicepString(value);
	}
	if (typeof value === 'number' || typeof value === 'boolean') {
		return String(value);
	}
	if (Array.isArray(value)) {
		return value.length === 0
			? '[]'
			: `[\n${value.map((item) => inner + bicepValue(item, inner)).join('\n')}\n${indent}]`;
	}
	if (typeof value === 'object' && value !== null) {
		const entries = Object.entries(value).filter(([, item]) => item !== undefined);
		if (entries.length === 0) {
			return '{}';
		}
		const lines = entries.map(([key, item]) => `${inner}${bicepKey(key)}: ${bicepValue(item, inner)}`);
		return `{\n${lines.join('\n')}\n${indent}}`;
	}
	return 'null';
}

export function bicepDeclaration(request: PoolRequest): string {
	const { location, tags, properties } = request.resource;
	const body = bicepValue({ name: request.name, location, tags, properties });
	const header =
		request.mode === 'edit'
			? `// ${localize('Declares the whole pool: deploying it replaces the pool with exactly these properties.')}\n`
			: '';
	return `${header}resource standbyPool '${poolResourceType}@${request.apiVersion}' = ${body}\n`;
}
