import fs from 'node:fs';
import path from 'node:path';

/** One example file from the shared specifications, with the operation it exercises. */
export interface SpecExample {
	/** `<version>/<folder>/<file>`, as the tests name it. */
	name: string;
	version: string;
	operationId: string;
	method: string;
	/** The path with the example's parameters filled in, and its api-version. */
	url: string;
	body?: unknown;
	responses: Record<string, { body?: unknown; headers?: Record<string, string> }>;
}

/**
 * Where the specifications are: `STANDBY_POOL_SPECS` if set, else the repository's fixtures (the official
 * examples, and the specs reduced to their operations and schemas without prose), so CI runs these tests too.
 */
export function specsDirectory(): string | undefined {
	const repository = path.resolve(__dirname, '../../../../..');
	const candidate = process.env['STANDBY_POOL_SPECS'] ?? path.resolve(repository, 'test/fixtures/specs');
	return fs.existsSync(path.join(candidate, 'standbypool')) ? candidate : undefined;
}

interface SpecOperation {
	method: string;
	template: string;
	bodyName?: string;
}

/** Every standby-pool example, in both example folders, for every version. */
export function loadExamples(specs: string): SpecExample[] {
	const root = path.join(specs, 'standbypool');
	const examples: SpecExample[] = [];
	for (const version of fs.readdirSync(root).sort()) {
		const operations = specOperations(path.join(root, version, 'standbypool.json'));
		for (const folder of ['examples', 'examples-typespec']) {
			const directory = path.join(root, version, folder);
			if (!fs.existsSync(directory)) {
				continue;
			}
			for (const file of fs
				.readdirSync(directory)
				.filter((entry) => entry.endsWith('.json'))
				.sort()) {
				const example = JSON.parse(fs.readFileSync(path.join(directory, file), 'utf8'));
				const operation = operations.get(example.operationId);
				if (!operation) {
					throw new Error(`${version}/${folder}/${file}: operation ${example.operationId} is not in the spec`);
				}
				examples.push(toExample(`${version}/${folder}/${file}`, version, example, operation));
			}
		}
	}
	return examples;
}

function specOperations(specFile: string): Map<string, SpecOperation> {
	const spec = JSON.parse(fs.readFileSync(specFile, 'utf8'));
	const operations = new Map<string, SpecOperation>();
	for (const [template, methods] of Object.entries<Record<string, any>>(spec.paths)) {
		for (const [method, operation] of Object.entries<any>(methods)) {
			const body = (operation.parameters ?? []).find((parameter: any) => parameter.in === 'body');
			operations.set(operation.operationId, { method: method.toUpperCase(), template, bodyName: body?.name });
		}
	}
	return operations;
}

function toExample(name: string, version: string, example: any, operation: SpecOperation): SpecExample {
	const parameters = example.parameters as Record<string, unknown>;
	const filled = operation.template.replace(/\{(\w+)\}/g, (_, key: string) =>
		encodeURIComponent(String(parameters[key])),
	);
	return {
		name,
		version,
		operationId: example.operationId,
		method: operation.method,
		url: `${filled}?api-version=${version}`,
		body: operation.bodyName === undefined ? undefined : parameters[operation.bodyName],
		responses: example.responses,
	};
}
