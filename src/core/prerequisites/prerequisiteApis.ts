import type { DirectoryApi, ProviderApi, RoleAssignmentApi } from '../azure/accessModels';
import type { AzureSession, ScaleSetApi, StandbyPoolApi } from '../azure/standbyPoolApi';

/** The parts of a session the prerequisites check uses. */
export interface PrerequisiteApis {
	readonly providers: ProviderApi;
	readonly roleAssignments: RoleAssignmentApi;
	readonly directory: DirectoryApi;
	readonly scaleSets: ScaleSetApi;
	readonly pools: StandbyPoolApi;
}

/** The session's check APIs, or undefined for a stand-in session that lacks them. */
export function prerequisiteApis(session: AzureSession): PrerequisiteApis | undefined {
	const { providers, roleAssignments, directory, scaleSets, pools } = session;
	return providers && roleAssignments && directory
		? { providers, roleAssignments, directory, scaleSets, pools }
		: undefined;
}
