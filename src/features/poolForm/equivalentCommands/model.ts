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
