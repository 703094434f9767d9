import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { equivalentCommand } from '../../../src/features/poolForm/equivalentCommands';
import type { CommandFormat } from '../../../src/features/poolForm/equivalentCommands/model';
import { poolRequestFor, valuesFromPool } from '../../../src/features/poolForm/poolRequests';
import type { PoolFormContext, PoolFormValues } from '../../../src/features/poolForm/poolFormModel';
import { parseBicep } from './bicepParser';
import { createContext, editContext, existingPool, scaleSetId, subscriptionId, values } from './fixtures';

const awkwardTags = [
	{ key: 'owner', value: 'O\'Brien "the" admin' },
	{ key: 'cost center', value: '$HOME `whoami` $(id) ${x} %PATH%' },
	{ key: 'Größe', value: '東京 🚀 ‘curly’ “quotes”' },
	{ key: 'expr', value: "[concat('a')]" },
	{ key: 'multi', value: 'line1\nline2\ttab\\back' },
];

function text(format: CommandFormat, formValues: PoolFormValues, context: PoolFormContext = createContext()): string {
	return equivalentCommand(poolRequestFor(formValues, context), format).text;
}

/** Runs a generated bash command with `az` replaced by a function that prints its arguments. */
function bashArguments(script: string): string[] {
	const output = execFileSync('bash', ['-c', `az() { printf '%s\\0' "$@"; }\n${script}`], { encoding: 'utf8' });
	return output.split('\0').slice(0, -1);
}

/** Reads the single-quoted PowerShell literals of a command, undoing the doubled quotes. */
function powerShellLiterals(script: string): string[] {
	const literals: string[] = [];
	const quote = /['\u2018\u2019\u201a\u201b]/;
	for (let index = 0; index < script.length; index++) {
		if (script[index] !== "'") {
			continue;
		}
		let literal = '';
		for (index++; index < script.length; index++) {
			const character = script[index] as string;
			if (quote.test(character)) {
				if (quote.test(script[index + 1] ?? '')) {
					literal += character;
					index++;
					continue;
				}
				break;
			}
			literal += character;
		}
		literals.push(literal);
	}
	return literals;
}

describe('equivalent commands', () => {
	const tagged = values({ tags: awkwardTags });

	describe('Azure CLI', () => {
		it('creates with az standby-vm-pool create, every value arriving intact', () => {
			const script = text('azureCli', tagged);
			assert.match(script, /^az standby-vm-pool create \\\n/);
			const args = bashArguments(script);
			const flag = (name: string) => args[args.indexOf(name) + 1];
			assert.equal(args[0], 'standby-vm-pool');
			assert.equal(flag('--subscription'), subscriptionId);
			assert.equal(flag('--resource-group'), 'rg-web');
			assert.equal(flag('--name'), 'web-pool');
			assert.equal(flag('--location'), 'eastus');
			assert.equal(flag('--vmss-id'), scaleSetId);
			assert.equal(flag('--vm-state'), 'Deallocated');
			assert.equal(flag('--max-ready-capacity'), '4');
			assert.equal(flag('--min-ready-capacity'), '1');
			const tags = args.slice(args.indexOf('--tags') + 1);
			assert.deepEqual(
				tags,
				awkwardTags.map((tag) => `${tag.key}=${tag.value}`),
			);
		});

		it('updates with only the changed flags', () => {
			const pool = existingPool();
			const original = valuesFromPool(pool);
			const args = bashArguments(
				text('azureCli', { ...original, maxReadyCapacity: '12' }, editContext(pool, original)),
			);
			assert.deepEqual(args, [
				'standby-vm-pool',
				'update',
				'--subscription',
				subscriptionId,
				'--resource-group',
				'rg-web',
				'--name',
				'web-pool',
				'--max-ready-capacity',
				'12',
			]);
		});

		it('falls back to az rest, with a body that parses, for what the flags cannot say', () => {
			const mix = values({
				virtualMachineState: 'Mix',
				runningPercent: '20',
				deallocatedPercent: '80',
				hibernatedPercent: '0',
				tags: awkwardTags,
			});
			const script = text('azureCli', mix);
			assert.match(script, /^# .*\naz rest --method put/);
			const args = bashArguments(script);
			assert.equal(
				args[args.indexOf('--url') + 1],
				`https://management.azure.com/subscriptions/${subscriptionId}/resourceGroups/rg-web/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/web-pool?api-version=2026-04-01`,
			);
			const body = JSON.parse(args[args.indexOf('--body') + 1] as string) as {
				tags: Record<string, string>;
				properties: { vmStateDistribution: unknown };
			};
			assert.deepEqual(body.properties.vmStateDistribution, {
				runningPercent: 20,
				deallocatedPercent: 80,
				hibernatedPercent: 0,
			});
			assert.equal(body.tags.owner, awkwardTags[0]?.value);
			for (const settings of [
				{ postProvisioningDelay: 'PT5M' },
				{ dynamicSizingEnabled: true },
				{ tags: [{ key: 'a=b', value: 'c' }] },
			]) {
				assert.match(text('azureCli', values(settings)), /az rest --method put/, JSON.stringify(settings));
			}
		});
	});

	describe('PowerShell', () => {
		it('creates with New-AzStandbyVMPool, quoting every string', () => {
			const script = text(
				'powerShell',
				values({ tags: awkwardTags, postProvisioningDelay: 'PT5M', dynamicSizingEnabled: true }),
			);
			assert.match(script, /^New-AzStandbyVMPool `\n {2}-SubscriptionId '/);
			assert.match(script, /-MaxReadyCapacity 4 `/);
			assert.match(script, /-PostProvisioningDelay 'PT5M' `/);
			assert.match(script, /-DynamicSizingEnabled `/);
			const literals = powerShellLiterals(script);
			for (const tag of awkwardTags) {
				assert.ok(literals.includes(tag.key), `key ${tag.key} in ${literals.join(' | ')}`);
				assert.ok(literals.includes(tag.value), `value ${tag.value} in ${literals.join(' | ')}`);
			}
			assert.ok(script.includes("'O''Brien"), 'an apostrophe is doubled');
			assert.ok(script.includes('‘‘curly’’'), 'typographic quotes are doubled too');
		});

		it('updates with Update-AzStandbyVMPool and only what changed', () => {
			const pool = existingPool({ elasticityProfile: { maxReadyCapacity: 10, dynamicSizing: { enabled: true } } });
			const original = valuesFromPool(pool);
			const script = text(
				'powerShell',
				{ ...original, dynamicSizingEnabled: false, tags: [] },
				editContext(pool, original),
			);
			assert.match(script, /^Update-AzStandbyVMPool `/);
			assert.match(script, /-DynamicSizingEnabled:\$false `\n {2}-Tag @\{\}\n$/);
			assert.doesNotMatch(script, /-VMState|-Location|-MaxReadyCapacity 10/);
		});

		it('falls back to Invoke-AzRestMethod for Mix, with a payload that parses', () => {
			const script = text(
				'powerShell',
				values({
					virtualMachineState: 'Mix',
					runningPercent: '50',
					deallocatedPercent: '50',
					hibernatedPercent: '0',
					tags: awkwardTags,
				}),
			);
			assert.match(script, /Invoke-AzRestMethod `\n {2}-Method PUT `\n {2}-Path '\/subscriptions\//);
			const payload = powerShellLiterals(script).at(-1) as string;
			const body = JSON.parse(payload) as { tags: Record<string, string> };
			assert.deepEqual(body.tags, Object.fromEntries(awkwardTags.map((tag) => [tag.key, tag.value])));
		});
	});

	describe('ARM template', () => {
		it('parses as JSON and keeps bracketed strings literal', () => {
			const template = JSON.parse(text('armTemplate', tagged)) as {
				resources: { name: string; apiVersion: string; tags: Record<string, string>; properties: unknown }[];
			};
			const [resource] = template.resources;
			assert.equal(resource?.name, 'web-pool');
			assert.equal(resource?.apiVersion, '2026-04-01');
			assert.equal(resource?.tags.expr, "[[concat('a')]", 'ARM would otherwise evaluate it');
			assert.equal(resource?.tags.multi, 'line1\nline2\ttab\\back');
		});
	});

	describe('Bicep', () => {
		it('parses, and every string reads back as typed', async () => {
			const source = text(
				'bicep',
				values({
					tags: awkwardTags,
					virtualMachineState: 'Mix',
					runningPercent: '20',
					deallocatedPercent: '80',
					hibernatedPercent: '0',
				}),
			);
			const parsed = await parseBicep(source);
			assert.equal(parsed.hasError, false, source);
			for (const tag of awkwardTags) {
				assert.ok(
					parsed.strings.includes(tag.value),
					`${JSON.stringify(tag.value)} in ${JSON.stringify(parsed.strings)}`,
				);
			}
			assert.match(
				source,
				/^resource standbyPool 'Microsoft.StandbyPool\/standbyVirtualMachinePools@2026-04-01' = \{\n {2}name: 'web-pool'/,
			);
			assert.match(source, /'cost center': /);
			assert.match(source, / {6}runningPercent: 20\n/);
		});

		it('declares an edited pool whole, including properties this client does not know', async () => {
			const pool = existingPool();
			const original = valuesFromPool(pool);
			const source = text('bicep', { ...original, maxReadyCapacity: '12' }, editContext(pool, original));
			assert.equal((await parseBicep(source)).hasError, false, source);
			assert.match(source, /^\/\/ Declares the whole pool/);
			assert.match(source, /futureSetting: 'keep me'/);
			assert.match(source, /unknownTopLevel: \{\n {6}nested: true/);
			assert.doesNotMatch(source, /provisioningState|systemData/);
		});
	});

	describe('REST', () => {
		it('shows the PUT with a body that parses', () => {
			const lines = text('rest', tagged).split('\n');
			assert.match(lines[0] ?? '', /^# /);
			assert.equal(
				lines[1],
				`PUT https://management.azure.com/subscriptions/${subscriptionId}/resourceGroups/rg-web/providers/Microsoft.StandbyPool/standbyVirtualMachinePools/web-pool?api-version=2026-04-01`,
			);
			assert.equal(lines[2], 'Content-Type: application/json');
			assert.equal(lines[3], '');
			const body = JSON.parse(lines.slice(4).join('\n')) as {
				location: string;
				properties: { elasticityProfile: { maxReadyCapacity: number } };
			};
			assert.equal(body.location, 'eastus');
			assert.equal(body.properties.elasticityProfile.maxReadyCapacity, 4);
		});

		it('shows a PATCH with only the changes when editing', () => {
			const pool = existingPool();
			const original = valuesFromPool(pool);
			const lines = text('rest', { ...original, virtualMachineState: 'Running' }, editContext(pool, original)).split(
				'\n',
			);
			assert.match(lines[1] ?? '', /^PATCH https:/);
			assert.deepEqual(JSON.parse(lines.slice(4).join('\n')), { properties: { virtualMachineState: 'Running' } });
		});

		it('encodes unusual resource group names in the URL', () => {
			const lines = text('rest', values(), createContext({ resourceGroup: 'rg (test)#1' })).split('\n');
			assert.match(lines[1] ?? '', /resourceGroups\/rg%20\(test\)%231\/providers/);
		});
	});
});
