import * as assert from 'node:assert/strict';
import type { AzureSessions } from '../../src/core/azure/azureSessions';
import type { ResourceChanges } from '../../src/core/resourceChanges';
import { PoolFormController, type PoolFormView } from '../../src/features/poolForm/poolFormController';
import type { FormTarget, PoolFormValues } from '../../src/features/poolForm/poolFormModel';
import type { HostMessage } from '../../src/features/poolForm/protocol';
import { shownToUser } from './faultHelpers';

/**
 * The pool form's host side wired to a recorder instead of a webview: the test plays the webview, sending
 * what it would send and reading every message it would get.
 */
export class RecordedForm implements PoolFormView {
	readonly messages: HostMessage[] = [];
	closed = false;
	readonly controller: PoolFormController;

	constructor(dependencies: { sessions: AzureSessions; changes: ResourceChanges }, target: FormTarget) {
		this.controller = new PoolFormController(dependencies, target, this);
	}

	post(message: HostMessage): Thenable<boolean> {
		this.messages.push(message);
		shownToUser.push(JSON.stringify(message));
		return Promise.resolve(true);
	}

	close(): void {
		this.closed = true;
	}

	last<T extends HostMessage['type']>(type: T): Extract<HostMessage, { type: T }> | undefined {
		return this.messages
			.filter((message): message is Extract<HostMessage, { type: T }> => message.type === type)
			.at(-1);
	}

	/** Says `ready` as the webview does, and returns the values the form starts with. */
	async open(): Promise<PoolFormValues> {
		await this.controller.handle({ type: 'ready' });
		const init = this.last('init');
		assert.ok(init, `the form did not load: ${JSON.stringify(this.messages)}`);
		return init.values;
	}

	/** Types the values (as the webview reports every keystroke) and submits them. */
	async typeAndSubmit(values: PoolFormValues): Promise<void> {
		await this.controller.handle({ type: 'valuesChanged', values });
		await this.controller.handle({ type: 'submit', values });
	}

	/** The failure the form shows, or a test failure naming what the form got instead. */
	failure(): Extract<HostMessage, { type: 'operationFailed' }> {
		return this.last('operationFailed') ?? assert.fail(`no failure shown; got ${JSON.stringify(this.messages.at(-1))}`);
	}

	succeeded(): boolean {
		return this.last('operationSucceeded') !== undefined;
	}

	/** Nothing typed is lost: the form is still open, and holds exactly what was typed as unsaved. */
	async assertKeeps(values: PoolFormValues): Promise<void> {
		assert.equal(this.closed, false, 'the form stays open after a failure');
		assert.deepEqual(await this.controller.unsavedValues(), values, 'the typed values are kept');
	}
}
