import type { StandbyVirtualMachinePool } from '../../core/azure/standbyPoolModels';
import { exportApiVersion, standbyPoolResourceType, toExportablePool } from './poolExportModel';

const deploymentTemplateSchema = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

/**
 * An ARM template that recreates the pool, with the same parameters as the Bicep export. Pure code.
 */
export function exportPoolAsArmTemplate(pool: StandbyVirtualMachinePool): string {
	const exportable = toExportablePool(pool);

	const parameters: Record<string, unknown> = {
		poolName: {
			type: 'string',
			defaultValue: literal(exportable.name),
			minLength: 3,
			maxLength: 24,
			metadata: { description: 'Name of the standby virtual machine pool.' },
		},
		location: {
			type: 'string',
			defaultValue: literal(exportable.location),
			metadata: { description: 'Region of the pool: the region of the scale set it serves.' },
		},
	};
	if (exportable.scaleSetId !== undefined) {
		parameters['scaleSetId'] = {
			type: 'string',
			defaultValue: literal(exportable.scaleSetId),
			metadata: { description: 'Resource id of the Flexible virtual machine scale set the pool serves.' },
		};
	}

	const properties = literal(exportable.properties) as Record<string, unknown>;
	if (exportable.scaleSetId !== undefined) {
		properties['attachedVirtualMachineScaleSetId'] = "[parameters('scaleSetId')]";
	}
	const resource: Record<string, unknown> = {
		type: standbyPoolResourceType,
		apiVersion: exportApiVersion,
		name: "[parameters('poolName')]",
		location: "[parameters('location')]",
	};
	if (exportable.tags !== undefined) {
		resource['tags'] = literal(exportable.tags);
	}
	resource['properties'] = properties;

	const template = {
		$schema: deploymentTemplateSchema,
		contentVersion: '1.0.0.0',
		parameters,
		resources: [resource],
		outputs: {
			standbyPoolId: {
				type: 'string',
				value: `[resourceId('${standbyPoolResourceType}', parameters('poolName'))]`,
			},
		},
	};
	return `${JSON.stringify(template, null, 2)}\n`;
}

/**
 * ARM evaluates a string in square brackets as an expression; a value that only looks like one is
 * kept literal by doubling its opening bracket.
 */
function literal(value: unknown): unknown {
	if (typeof value === 'string') {
		return value.startsWith('[') && value.endsWith(']') ? `[${value}` : value;
	}
	if (Array.isArray(value)) {
		return value.map(literal);
	}
	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, literal(item)]));
	}
	return value;
}
