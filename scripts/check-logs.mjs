#!/usr/bin/env node
// Scans the logs of a test run for what must never be there: a token, an Authorization header or a secret
// field in the extension's log, the extension host's log or any other file given; and, in the extension
// host's log, an error or unhandled promise rejection that came from this extension.
//
// usage: node scripts/check-logs.mjs <code-server logs dir> [more files or dirs...]
// The first argument is the `logs` folder of code-server's user-data-dir: it must hold at least one
// "Standby Pools.log", or the scan would prove nothing. Exit code 0 when clean, 1 otherwise.
// Findings name the file, the line and the kind of leak, never the secret itself.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const extensionRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What a leak looks like. The emulator's token is not a secret, but finding it proves that tokens leak. */
export const secretPatterns = [
	{ kind: 'the emulator test token', pattern: /emulator-test-token/ },
	{ kind: 'a bearer token', pattern: /\bbearer\s+(?!<redacted>)[A-Za-z0-9\-._~+/]{8,}/i },
	{ kind: 'an Authorization header', pattern: /\bauthorization["']?\s*[:=]/i },
	{ kind: 'a JSON Web Token', pattern: /eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\./ },
	{
		kind: 'a secret field',
		pattern:
			/\b(?:access|refresh|id)_?token["']?\s*[:=]\s*["']?(?!<redacted>)[^\s"',}]{8,}|\bclient_?secret["']?\s*[:=]/i,
	},
];

function listFiles(target) {
	if (!fs.existsSync(target)) {
		return [];
	}
	if (fs.statSync(target).isFile()) {
		return [target];
	}
	return fs
		.readdirSync(target, { withFileTypes: true })
		.flatMap((entry) => listFiles(path.join(target, entry.name)))
		.sort();
}

const isExtensionLog = (file) => /exthost\d*[\\/].*standby-pools[\\/]Standby Pools\.log$/.test(file);
const isExtensionHostLog = (file) => /exthost\d*[\\/]remoteexthost\.log$|exthost\d*[\\/]exthost\.log$/.test(file);

/** Lines that carry a secret: `{ file, line, kind }`. */
export function findSecrets(file, text) {
	const findings = [];
	for (const [index, line] of text.split('\n').entries()) {
		for (const { kind, pattern } of secretPatterns) {
			if (pattern.test(line)) {
				findings.push({ file, line: index + 1, kind });
			}
		}
	}
	return findings;
}

/** Where the extension's code runs from; the rest of its folder (such as a test run's state) does not count. */
function codePaths(root) {
	return ['dist', 'out', 'src', 'webview'].map((folder) => `${path.join(root, folder)}${path.sep}`);
}

function extensionId(root) {
	try {
		const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
		return `${manifest.publisher}.${manifest.name}`;
	} catch {
		return 'standby-pools-dev.standby-pools';
	}
}

/**
 * Errors the extension host logged (an uncaught error or a promise rejection nobody handled) whose entry,
 * the `[error]` line and the stack below it, names this extension.
 */
export function findExtensionErrors(file, text, root = extensionRoot) {
	const findings = [];
	const lines = text.split('\n');
	for (let index = 0; index < lines.length; index++) {
		if (!/\[error\]/.test(lines[index] ?? '')) {
			continue;
		}
		const entry = [lines[index]];
		for (let next = index + 1; next < lines.length && /^\s/.test(lines[next] ?? ''); next++) {
			entry.push(lines[next]);
		}
		const text = entry.join('\n');
		if (codePaths(root).some((codePath) => text.includes(codePath)) || text.includes(extensionId(root))) {
			findings.push({ file, line: index + 1, kind: `an error from the extension: ${(entry[0] ?? '').slice(0, 200)}` });
		}
	}
	return findings;
}

export function scan(targets, root = extensionRoot) {
	const [logsDir, ...extra] = targets;
	const logFiles = listFiles(logsDir);
	const extensionLogs = logFiles.filter(isExtensionLog);
	const hostLogs = logFiles.filter(isExtensionHostLog);
	const extraFiles = extra.flatMap(listFiles);
	const findings = [];
	let requestLines = 0;
	let extensionLines = 0;

	for (const file of [...extensionLogs, ...hostLogs, ...extraFiles]) {
		const text = fs.readFileSync(file, 'utf8');
		findings.push(...findSecrets(file, text));
		if (isExtensionLog(file)) {
			const lines = text.split('\n').filter((line) => line.trim() !== '');
			extensionLines += lines.length;
			requestLines += lines.filter((line) => /\[trace\] \[http\]/.test(line)).length;
		}
		if (isExtensionHostLog(file)) {
			findings.push(...findExtensionErrors(file, text, root));
		}
	}
	if (extensionLogs.length === 0) {
		findings.push({ file: logsDir, line: 0, kind: 'no "Standby Pools.log" below it, so nothing was checked' });
	}
	return {
		findings,
		summary: {
			extensionLogs: extensionLogs.length,
			hostLogs: hostLogs.length,
			extraFiles: extraFiles.length,
			extensionLines,
			requestLines,
		},
	};
}

function main() {
	const targets = process.argv.slice(2);
	if (targets.length === 0) {
		console.error('usage: node scripts/check-logs.mjs <code-server logs dir> [more files or dirs...]');
		process.exit(2);
	}
	const { findings, summary } = scan(targets);
	console.log(
		`log scan: ${summary.extensionLogs} extension log(s) with ${summary.extensionLines} lines (${summary.requestLines} HTTP request lines), ${summary.hostLogs} extension host log(s), ${summary.extraFiles} other file(s)`,
	);
	for (const finding of findings) {
		console.log(`  ${finding.file}:${finding.line}: ${finding.kind}`);
	}
	if (findings.length > 0) {
		console.log(`log scan: ${findings.length} finding(s)`);
		process.exit(1);
	}
	console.log('log scan: clean');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main();
}
