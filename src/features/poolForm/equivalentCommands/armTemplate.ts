import type { PoolRequest } from '../poolRequests';
import { poolResourceType } from './model';
import { armLiterals } from './quoting';

/** A deployment template with the pool as its only resource. */
export function armTemplate(request: PoolRequest): string {
	const { location, tags, properties } = request.resource;
	const template = {
		$schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
		contentVersion: '1.0.0.0',
		resources: [
			armLiterals({
				type: poolResourceType,
				apiVersion: request.apiVersion,
				name: request.name,
				location,
				tags,
				properties,
			}),
		],
	};
	return `${JSON.stringify(template, undefined, 2)}\n`;
}
