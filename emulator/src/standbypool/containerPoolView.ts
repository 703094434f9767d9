import { containerPoolType } from '../state/loadSeed';
import type { ContainerPoolRecord } from '../state/model';
import { versionModel } from './apiVersions';

/** The container group pool as the api-version shows it. */
export function toContainerPoolBody(pool: ContainerPoolRecord, version: string): Record<string, unknown> {
	const model = versionModel(version);
	const elasticityProfile = structuredClone(pool.properties.elasticityProfile);
	if (!model.sizingOptions) {
		delete elasticityProfile.dynamicSizing;
	}
	const properties: Record<string, unknown> = {
		elasticityProfile,
		containerGroupProperties: structuredClone(pool.properties.containerGroupProperties),
		provisioningState: pool.provisioningState,
	};
	if (model.healthAndPrediction && pool.properties.zones !== undefined) {
		properties['zones'] = [...pool.properties.zones];
	}
	return {
		properties,
		tags: pool.tags ?? {},
		location: pool.location,
		id: pool.id,
		name: pool.name,
		type: containerPoolType,
		systemData: pool.systemData,
	};
}
