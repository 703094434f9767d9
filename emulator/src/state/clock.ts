/**
 * Emulated time. It runs `timeScale` times faster than real time and can jump forward, so tests can watch a pool
 * fill or an operation finish without waiting. Changing the scale rebases it so time never goes backwards.
 */
export class Clock {
	private realBase = Date.now();
	private emulatedBase = this.realBase;

	constructor(private scale = 1) {}

	get timeScale(): number {
		return this.scale;
	}

	now(): number {
		return this.emulatedBase + (Date.now() - this.realBase) * this.scale;
	}

	setTimeScale(scale: number): void {
		this.rebase();
		this.scale = scale;
	}

	advance(milliseconds: number): void {
		this.rebase();
		this.emulatedBase += milliseconds;
	}

	/** Real milliseconds until the emulated time reaches `emulatedTime`. */
	realDelayUntil(emulatedTime: number): number {
		return Math.max(0, (emulatedTime - this.now()) / this.scale);
	}

	private rebase(): void {
		const now = this.now();
		this.realBase = Date.now();
		this.emulatedBase = now;
	}
}
