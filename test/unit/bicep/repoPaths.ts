import * as path from 'node:path';

/** The repository root, from the compiled test's folder (out/test/unit/bicep). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

export function repoPath(...segments: string[]): string {
	return path.join(repoRoot, ...segments);
}
