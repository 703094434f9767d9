import * as fs from 'node:fs';
import { normalizeTemplate, type SnippetDefinition } from '../../../src/features/bicep/snippetCatalog';
import { repoPath } from './repoPaths';

/** A snippet template as the extension loads it from `templates/`. */
export function readTemplate(definition: SnippetDefinition): string {
	return normalizeTemplate(fs.readFileSync(repoPath(...definition.file.split('/')), 'utf8'));
}
