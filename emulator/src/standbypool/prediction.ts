import { createHash } from 'node:crypto';

const hour = 3_600_000;
/** A pool needs this much history (emulated) before the service forecasts for it. */
export const predictionMinimumAge = 30 * 60_000;

export interface Prediction {
	forecastValues: { instancesRequestedCount: number[] };
	forecastStartTime: string;
	forecastInfo: string;
}

/**
 * A made-up but stable hourly forecast: twelve values from the next full hour, with `forecastInfo` as a JSON
 * document inside a string, the way the service sends it.
 */
export function predictionFor(poolId: string, createdAt: number, now: number, scale: number): Prediction | undefined {
	if (now - createdAt < predictionMinimumAge) {
		return undefined;
	}
	const start = Math.ceil(now / hour) * hour;
	const series = (from: number): number[] =>
		Array.from({ length: 12 }, (_, index) => demand(poolId, from + index * hour, scale));
	const info = {
		forecastAccuracy: 70 + (demand(poolId, 0, 30) % 30),
		seriesUnitIntervalInMins: 60,
		instancesRequestedCount_recentHistory: JSON.stringify(series(start - 12 * hour)),
	};
	return {
		forecastValues: { instancesRequestedCount: series(start) },
		forecastStartTime: new Date(start).toISOString(),
		forecastInfo: JSON.stringify(info),
	};
}

function demand(poolId: string, time: number, scale: number): number {
	const digest = createHash('sha256')
		.update(`${poolId.toLowerCase()}|${Math.floor(time / hour)}`)
		.digest();
	return (digest.readUInt16BE(0) % Math.max(1, scale + 1)) | 0;
}
