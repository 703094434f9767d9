/** Runs at most `max` tasks at a time; the rest wait in order. */
export function createConcurrencyLimit(max: number): <T>(task: () => Promise<T>) => Promise<T> {
	let running = 0;
	const waiting: (() => void)[] = [];

	const release = (): void => {
		running--;
		waiting.shift()?.();
	};

	return async <T>(task: () => Promise<T>): Promise<T> => {
		if (running >= max) {
			await new Promise<void>((resolve) => waiting.push(resolve));
		}
		running++;
		try {
			return await task();
		} finally {
			release();
		}
	};
}
