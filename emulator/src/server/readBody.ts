import type { IncomingMessage } from 'node:http';
import { ArmError } from '../http/armError';

const maxBodyBytes = 4 * 1024 * 1024;

/** Reads and parses a JSON request body; an empty body is undefined. ARM answers bad JSON with 400. */
export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of request) {
		const buffer = chunk as Buffer;
		size += buffer.length;
		if (size > maxBodyBytes) {
			throw new ArmError(413, 'RequestEntityTooLarge', `The request body is larger than ${maxBodyBytes} bytes.`);
		}
		chunks.push(buffer);
	}
	const text = Buffer.concat(chunks).toString('utf8');
	if (text.trim() === '') {
		return undefined;
	}
	try {
		return JSON.parse(text) as unknown;
	} catch (error) {
		throw new ArmError(
			400,
			'InvalidRequestContent',
			`The request content was invalid and could not be deserialized: '${(error as Error).message}'.`,
		);
	}
}
