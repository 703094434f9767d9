/** Knobs a test can turn at run time through `POST /_emulator/config`. */
export interface EmulatorConfig {
	/** Real milliseconds added before every ARM response. */
	latencyMs: number;
	/** Emulated milliseconds a long-running operation stays `InProgress`. */
	operationDelayMs: number;
	/** Items per page in every list; the rest follow through `nextLink`. */
	pageSize: number;
	/** How many times faster than real time emulated time runs. */
	timeScale: number;
}

export const defaultConfig: EmulatorConfig = {
	latencyMs: 0,
	operationDelayMs: 1500,
	pageSize: 100,
	timeScale: 1,
};

/** Checks a partial config from outside; returns the message of the first bad field. */
export function checkConfig(input: unknown): { config: Partial<EmulatorConfig> } | { problem: string } {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		return { problem: 'The config must be a JSON object.' };
	}
	const config: Partial<EmulatorConfig> = {};
	const limits: Record<keyof EmulatorConfig, [number, number]> = {
		latencyMs: [0, 600_000],
		operationDelayMs: [0, 3_600_000],
		pageSize: [1, 10_000],
		timeScale: [0.001, 1_000_000],
	};
	for (const [key, value] of Object.entries(input)) {
		const range = limits[key as keyof EmulatorConfig] as [number, number] | undefined;
		if (!range) {
			return { problem: `Unknown config field '${key}'.` };
		}
		if (typeof value !== 'number' || !Number.isFinite(value) || value < range[0] || value > range[1]) {
			return { problem: `'${key}' must be a number from ${range[0]} to ${range[1]}.` };
		}
		if (key === 'pageSize' && !Number.isInteger(value)) {
			return { problem: `'pageSize' must be a whole number.` };
		}
		config[key as keyof EmulatorConfig] = value;
	}
	return { config };
}
