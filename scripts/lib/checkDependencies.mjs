// Exits 0 when node_modules holds every package of package-lock.json at its locked version, 1 otherwise.
// Cheaper and gentler than running `npm ci` every time: npm ci deletes node_modules first, which would
// pull the rug from under anything else using this checkout at that moment.
// Usage: node scripts/lib/checkDependencies.mjs [project-dir]
import fs from 'node:fs';
import path from 'node:path';

const projectDir = path.resolve(process.argv[2] ?? '.');
const lockFile = path.join(projectDir, 'package-lock.json');
const lock = JSON.parse(fs.readFileSync(lockFile, 'utf8'));

const problems = [];
for (const [location, entry] of Object.entries(lock.packages ?? {})) {
	if (location === '' || !location.includes('node_modules/') || entry.link) {
		continue;
	}
	const manifest = path.join(projectDir, location, 'package.json');
	if (!fs.existsSync(manifest)) {
		// Optional packages for other platforms (esbuild's binaries, for example) are rightly absent.
		if (!entry.optional) {
			problems.push(`${location} is missing`);
		}
		continue;
	}
	const installed = JSON.parse(fs.readFileSync(manifest, 'utf8')).version;
	if (entry.version && installed !== entry.version) {
		problems.push(`${location} is ${installed}, the lockfile says ${entry.version}`);
	}
}

if (problems.length > 0) {
	console.log(`node_modules does not match package-lock.json (${problems.length} differences), e.g.:`);
	for (const problem of problems.slice(0, 5)) {
		console.log(`  ${problem}`);
	}
	process.exit(1);
}
