import * as fs from 'node:fs';
import * as zlib from 'node:zlib';

export interface ZipEntry {
	readonly name: string;
	/** The entry's bytes, inflated when stored compressed. */
	read(): Buffer;
}

/**
 * The entries of a zip file (a .vsix), read from its central directory. Enough of the format for what vsce
 * writes: no zip64, no encryption, stored or deflated entries.
 */
export function readZipEntries(file: string): ZipEntry[] {
	const zip = fs.readFileSync(file);
	const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	if (end < 0) {
		throw new Error(`${file} is not a zip file`);
	}
	const count = zip.readUInt16LE(end + 10);
	let offset = zip.readUInt32LE(end + 16);
	const entries: ZipEntry[] = [];
	for (let index = 0; index < count; index++) {
		if (zip.readUInt32LE(offset) !== 0x02014b50) {
			throw new Error(`${file}: damaged central directory`);
		}
		const method = zip.readUInt16LE(offset + 10);
		const compressedSize = zip.readUInt32LE(offset + 20);
		const nameLength = zip.readUInt16LE(offset + 28);
		const extraLength = zip.readUInt16LE(offset + 30);
		const commentLength = zip.readUInt16LE(offset + 32);
		const localHeader = zip.readUInt32LE(offset + 42);
		const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
		entries.push({
			name,
			read: () => {
				const start = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
				const data = zip.subarray(start, start + compressedSize);
				return method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data);
			},
		});
		offset += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}
