import type { StandbyVirtualMachinePool } from '../../core/azure/standbyPoolModels';
import { bicepString, bicepValue } from './bicepLiteral';
import { exportApiVersion, standbyPoolResourceType, toExportablePool } from './poolExportModel';

const indent = '  ';

/**
 * A Bicep file that recreates the pool: its name, region and scale set become parameters whose defaults
 * are the live values, and every other property is written as it is. Pure code.
 */
export function exportPoolAsBicep(pool: StandbyVirtualMachinePool): string {
	const exportable = toExportablePool(pool);
	const sections: string[] = [
		`// Recreates the standby virtual machine pool ${bicepString(exportable.name)}.`,
		[
			`@description('Name of the standby virtual machine pool.')`,
			'@minLength(3)',
			'@maxLength(24)',
			`param poolName string = ${bicepString(exportable.name)}`,
		].join('\n'),
		[
			`@description('Region of the pool: the region of the scale set it serves.')`,
			`param location string = ${bicepString(exportable.location)}`,
		].join('\n'),
	];
	if (exportable.scaleSetId !== undefined) {
		sections.push(
			[
				`@description('Resource id of the Flexible virtual machine scale set the pool serves.')`,
				`param scaleSetId string = ${bicepString(exportable.scaleSetId)}`,
			].join('\n'),
		);
	}

	const body: Record<string, unknown> = { name: 'poolName', location: 'location' };
	if (exportable.tags !== undefined) {
		body['tags'] = exportable.tags;
	}
	body['properties'] = exportable.properties;
	const references: Record<string, string> = { name: 'poolName', location: 'location' };
	if (exportable.scaleSetId !== undefined) {
		references['properties.attachedVirtualMachineScaleSetId'] = 'scaleSetId';
	}
	const resource = bicepValue(body, { indent, level: 0, replace: (path) => references[path] });
	sections.push(`resource standbyPool '${standbyPoolResourceType}@${exportApiVersion}' = ${resource}`);
	sections.push('output standbyPoolId string = standbyPool.id');

	return `${sections.join('\n\n')}\n`;
}
