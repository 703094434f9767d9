import { localize } from '../localize';

export type CommandFormat = 'azureCli' | 'powerShell' | 'armTemplate' | 'bicep' | 'rest';

export const commandFormats: readonly CommandFormat[] = ['azureCli', 'powerShell', 'armTemplate', 'bicep', 'rest'];

/** One way to do what the form does, outside VS Code. */
export interface EquivalentCommand {
	readonly format: CommandFormat;
	/** The VS Code language id to open it with. */
	readonly language: string;
	/** Ready to run or deploy as it stands. */
	readonly text: string;
}

export const managementEndpoint = 'https://management.azure.com';
export const poolResourceType = 'Microsoft.StandbyPool/standbyVirtualMachinePools';

/** How each format is named in the form and in messages. */
export function formatLabel(format: CommandFormat): string {
	switch (format) {
		case 'azureCli':
			return localize('Azure CLI');
		case 'powerShell':
			return localize('PowerShell');
		case 'armTemplate':
			return localize('ARM template');
		case 'bicep':
			return localize('Bicep');
		case 'rest':
			return localize('REST request');
	}
}
