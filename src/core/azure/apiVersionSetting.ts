import * as vscode from 'vscode';
import { isStandbyPoolApiVersion, newestStandbyPoolApiVersion, type StandbyPoolApiVersion } from './apiVersions';

const section = 'standbyPools';
const key = 'apiVersion';

/**
 * The api-version the Standby Pool client sends, from `standbyPools.apiVersion` in user settings. Like the
 * connection, it is never read from a workspace: a cloned repository must not change what requests say.
 * A value that is not one of the known stable versions counts as unset.
 */
export function readStandbyPoolApiVersion(): StandbyPoolApiVersion {
	const configured = vscode.workspace.getConfiguration(section).inspect<string>(key)?.globalValue;
	return isStandbyPoolApiVersion(configured) ? configured : newestStandbyPoolApiVersion;
}

export function affectsStandbyPoolApiVersion(event: vscode.ConfigurationChangeEvent): boolean {
	return event.affectsConfiguration(`${section}.${key}`);
}
