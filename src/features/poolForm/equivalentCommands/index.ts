import type { PoolRequest } from '../poolRequests';
import { armTemplate } from './armTemplate';
import { azureCli } from './azureCli';
import { bicepDeclaration } from './bicep';
import type { CommandFormat, EquivalentCommand } from './model';
import { powerShell } from './powerShell';
import { restRequest } from './rest';

export { commandFormats, formatLabel, type CommandFormat, type EquivalentCommand } from './model';

const generators: Record<CommandFormat, { language: string; generate: (request: PoolRequest) => string }> = {
	azureCli: { language: 'shellscript', generate: azureCli },
	powerShell: { language: 'powershell', generate: powerShell },
	armTemplate: { language: 'json', generate: armTemplate },
	bicep: { language: 'bicep', generate: bicepDeclaration },
	rest: { language: 'http', generate: restRequest },
};

/** One equivalent of the form's request in a given format. Pure: the same request gives the same text. */
export function equivalentCommand(request: PoolRequest, format: CommandFormat): EquivalentCommand {
	const generator = generators[format];
	return { format, language: generator.language, text: generator.generate(request) };
}
