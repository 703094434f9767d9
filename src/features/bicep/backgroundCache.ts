export interface BackgroundCacheOptions {
	/** How long a loaded value counts as fresh. A stale value is still served while a new one loads. */
	readonly ttlMs: number;
	/** How long to wait before trying again after a failed load. */
	readonly retryAfterFailureMs: number;
	readonly onError?: (error: unknown) => void;
	readonly now?: () => number;
}

/**
 * One value that is slow to load (Azure lookups) and must never hold up its reader (completion):
 * readers get what is there within a deadline, and loading carries on in the background.
 * Pure code apart from timers, so it is tested in Node.
 */
export class BackgroundCache<T> {
	private entry: { readonly value: T; readonly loadedAt: number } | undefined;
	private pending: { readonly promise: Promise<T | undefined>; readonly controller: AbortController } | undefined;
	private failedAt: number | undefined;
	private generation = 0;
	private readonly now: () => number;

	constructor(
		private readonly load: (signal: AbortSignal) => Promise<T>,
		private readonly options: BackgroundCacheOptions,
	) {
		this.now = options.now ?? Date.now;
	}

	/** The value now, fresh or stale, or undefined; starts a load when there is none or it is stale. */
	peek(): T | undefined {
		this.refreshIfNeeded();
		return this.entry?.value;
	}

	/**
	 * The value if it is there or arrives within `deadlineMs`; otherwise undefined, while loading goes on.
	 * Never rejects.
	 */
	async getWithin(deadlineMs: number): Promise<T | undefined> {
		const current = this.peek();
		if (current !== undefined || !this.pending) {
			return current;
		}

		let timer: ReturnType<typeof setTimeout> | undefined;
		const deadline = new Promise<undefined>((resolve) => {
			timer = setTimeout(() => resolve(undefined), deadlineMs);
		});
		try {
			return await Promise.race([this.pending.promise, deadline]);
		} finally {
			clearTimeout(timer);
		}
	}

	/** Forgets the value and stops any load in flight; the next reader starts over. */
	invalidate(): void {
		this.generation++;
		this.entry = undefined;
		this.failedAt = undefined;
		this.pending?.controller.abort();
		this.pending = undefined;
	}

	dispose(): void {
		this.invalidate();
	}

	private refreshIfNeeded(): void {
		if (this.pending) {
			return;
		}
		const now = this.now();
		if (this.entry && now - this.entry.loadedAt < this.options.ttlMs) {
			return;
		}
		if (this.failedAt !== undefined && now - this.failedAt < this.options.retryAfterFailureMs) {
			return;
		}
		this.start();
	}

	private start(): void {
		const generation = this.generation;
		const controller = new AbortController();
		const promise = this.load(controller.signal).then(
			(value) => {
				if (generation !== this.generation) {
					return undefined;
				}
				this.entry = { value, loadedAt: this.now() };
				this.failedAt = undefined;
				this.pending = undefined;
				return value;
			},
			(error: unknown) => {
				if (generation !== this.generation) {
					return undefined;
				}
				this.failedAt = this.now();
				this.pending = undefined;
				this.options.onError?.(error);
				return this.entry?.value;
			},
		);
		this.pending = { promise, controller };
	}
}
