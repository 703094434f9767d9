import * as vscode from 'vscode';

/** Something changed in Azure because of this extension, or a refresh was asked for. */
export interface ResourceChange {
	/** The ARM id of the changed resource; undefined means "everything". */
	readonly resourceId?: string;
	/** The subscription it lives in, when known. */
	readonly subscriptionId?: string;
}

/**
 * The one place where features announce changes to each other, so that the tree
 * refreshes after a form or command succeeds or fails without features importing each other.
 */
export class ResourceChanges implements vscode.Disposable {
	private readonly emitter = new vscode.EventEmitter<ResourceChange>();
	readonly onDidChange = this.emitter.event;

	fire(change: ResourceChange): void {
		this.emitter.fire(change);
	}

	dispose(): void {
		this.emitter.dispose();
	}
}
