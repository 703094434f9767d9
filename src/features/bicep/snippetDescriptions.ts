import * as vscode from 'vscode';
import type { SnippetId } from './snippetCatalog';

export interface SnippetDescription {
	/** A few words shown next to the prefix in the completion list. */
	readonly title: string;
	/** One sentence shown in the details pane. */
	readonly detail: string;
	/** What a user must know before deploying it, if anything. */
	readonly note?: string;
}

/** What each snippet is for, in the user's language. */
export function describeSnippet(id: SnippetId): SnippetDescription {
	switch (id) {
		case 'vmPool':
			return {
				title: vscode.l10n.t('Standby VM pool'),
				detail: vscode.l10n.t('Standby virtual machine pool attached to a Flexible scale set'),
			};
		case 'vmPoolExistingScaleSet':
			return {
				title: vscode.l10n.t('Standby VM pool for an existing scale set'),
				detail: vscode.l10n.t('References an existing scale set and attaches a standby pool to it, in its region'),
			};
		case 'vmPoolMix':
			return {
				title: vscode.l10n.t('Standby VM pool with mixed states'),
				detail: vscode.l10n.t('Keeps some pooled VMs running and the rest deallocated or hibernated'),
				note: vscode.l10n.t('The three percentages must add up to 100. Mix needs api-version 2026-04-01.'),
			};
		case 'providerRoles':
			return {
				title: vscode.l10n.t('Roles for the Standby Pool Resource Provider'),
				detail: vscode.l10n.t(
					'Virtual Machine Contributor, Network Contributor and Managed Identity Operator on the subscription',
				),
				note: vscode.l10n.t(
					'Deploy at subscription scope. The principal is the object id of the "Standby Pool Resource Provider" service principal in your tenant. Images from an Azure Compute Gallery also need Compute Gallery Sharing Admin and Compute Gallery Artifacts Publisher.',
				),
			};
		case 'containerPool':
			return {
				title: vscode.l10n.t('Standby container group pool'),
				detail: vscode.l10n.t(
					'Pool of ready Azure Container Instances container groups from a container group profile',
				),
			};
	}
}
