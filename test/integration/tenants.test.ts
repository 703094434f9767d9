import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { child, explorer, labelOf, type TestExplorer } from './explorerHelpers';
import { EmulatorControl } from './testEnvironment';

const defaultSeed = path.resolve(__dirname, '..', '..', '..', 'emulator', 'seed', 'default.json');

suite('Directories (tenants)', function () {
	this.timeout(60_000);
	let control: EmulatorControl;
	let tree: TestExplorer;

	suiteSetup(async () => {
		control = new EmulatorControl();
		tree = await explorer();
	});

	suiteTeardown(async () => {
		await control.reset();
		tree.refresh();
	});

	test('an account with two directories shows each with its own subscriptions', async () => {
		const seed = JSON.parse(fs.readFileSync(defaultSeed, 'utf8')) as {
			tenants: { tenantId: string; displayName: string }[];
			subscriptions: { displayName: string; tenantId: string }[];
		};
		const fabrikam = {
			tenantId: '5e7a0c2d-1f3b-4a6c-9d8e-7f6a5b4c3d2e',
			displayName: 'Fabrikam',
			defaultDomain: 'fabrikam.example',
		};
		seed.tenants.push(fabrikam);
		const development = seed.subscriptions.find((subscription) => subscription.displayName === 'Contoso Development');
		assert.ok(development);
		development.tenantId = fabrikam.tenantId;
		await control.request('POST', '/_emulator/reset', { seed });
		tree.refresh();

		const roots = await tree.getChildren();
		assert.deepEqual(roots.map(labelOf).sort(), ['Contoso', 'Fabrikam']);
		const contoso = await child(tree, undefined, 'Contoso');
		assert.deepEqual((await tree.getChildren(contoso)).map(labelOf), ['Contoso Production']);
		const fabrikamNode = await child(tree, undefined, 'Fabrikam');
		const subscriptions = await tree.getChildren(fabrikamNode);
		assert.deepEqual(subscriptions.map(labelOf), ['Contoso Development']);
		assert.ok((await tree.getChildren(subscriptions[0])).some((node) => labelOf(node) === 'batch-vmss'));
	});
});
