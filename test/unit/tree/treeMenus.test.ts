import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

interface MenuEntry {
	command: string;
	when?: string;
	group?: string;
}

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8')) as {
	contributes: { menus: Record<string, MenuEntry[]> };
};
const itemMenus = manifest.contributes.menus['view/item/context'] ?? [];

/**
 * The commands a tree node with this contextValue offers in the Standby Pools view, from the manifest's own
 * `when` clauses (`view == … && viewItem =~ /…/`), evaluated the way VS Code evaluates them.
 */
function commandsFor(contextValue: string, inline: boolean): string[] {
	return itemMenus
		.filter((entry) => (entry.group ?? '').startsWith('inline') === inline)
		.filter((entry) => {
			const when = entry.when ?? '';
			if (!/view == standbyPools\.explorer/.test(when)) {
				return false;
			}
			const match = /viewItem =~ \/(.+?)\/(?:\s|$)/.exec(when);
			return match ? new RegExp(match[1] as string).test(contextValue) : !/viewItem/.test(when);
		})
		.map((entry) => entry.command.replace('standbyPools.', ''));
}

describe('tree context menus', () => {
	it('a Flexible scale set without a pool offers Create, inline and in the menu', () => {
		assert.ok(commandsFor('scaleSet;flexible;noPool', false).includes('createPool'));
		assert.ok(commandsFor('scaleSet;flexible;noPool', true).includes('createPool'));
	});

	it('a Uniform scale set, or one that has a pool, offers no Create', () => {
		assert.ok(!commandsFor('scaleSet;notFlexible;noPool', false).includes('createPool'));
		assert.ok(!commandsFor('scaleSet;flexible;hasPool', false).includes('createPool'));
		assert.ok(!commandsFor('scaleSet;notFlexible;noPool', true).includes('createPool'));
	});

	it('a pool offers Edit, Delete, Show Status, View Properties, exports, portal, resource id and Refresh', () => {
		const commands = commandsFor('pool;deallocated;succeeded', false);
		for (const expected of [
			'editPool',
			'deletePool',
			'showStatus',
			'viewProperties',
			'exportBicep',
			'exportArmTemplate',
			'openInPortal',
			'copyResourceId',
			'refresh',
		]) {
			assert.ok(commands.includes(expected), `${expected} is offered on a pool; offered: ${commands.join(', ')}`);
		}
		assert.ok(commandsFor('pool;suspended;updating', true).includes('editPool'), 'unknown states keep the menu');
	});

	it('an error node offers Retry inline and nothing that acts on a resource', () => {
		assert.deepEqual(commandsFor('error', true), ['retry']);
		assert.ok(!commandsFor('error', false).some((command) => /Pool|Portal|ResourceId/.test(command)));
	});

	it('a container group pool is read-only: no Edit or Delete', () => {
		const commands = commandsFor('containerPool', false);
		assert.ok(!commands.includes('editPool') && !commands.includes('deletePool'));
		assert.ok(commands.includes('copyResourceId'));
	});
});
