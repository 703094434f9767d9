/**
 * The stable Microsoft.StandbyPool api-versions the extension can speak, oldest first. The newest is the
 * default; an older one is for subscriptions or clouds that do not offer the newest yet. Pure code.
 */
export const standbyPoolApiVersions = ['2024-03-01', '2025-03-01', '2025-10-01', '2026-04-01'] as const;

export type StandbyPoolApiVersion = (typeof standbyPoolApiVersions)[number];

export const newestStandbyPoolApiVersion: StandbyPoolApiVersion = '2026-04-01';

export function isStandbyPoolApiVersion(value: unknown): value is StandbyPoolApiVersion {
	return (standbyPoolApiVersions as readonly unknown[]).includes(value);
}
