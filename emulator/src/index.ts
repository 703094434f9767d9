/** The emulator's programmatic surface, for tests that run it in-process. */
export { startEmulator, defaultPort, type EmulatorOptions, type RunningEmulator } from './startEmulator';
export { emulatorToken } from './server/authentication';
export type { FaultSpec, FaultAction } from './control/faults';
export type { EmulatorConfig } from './state/emulatorConfig';
export type { SeedFile } from './state/seedFile';
export { generateSeed, type EstateSize } from './state/generateSeed';
export { standbyPoolApiVersions } from './standbypool/apiVersions';
export { standbyPoolPrincipal } from './state/standbyPoolPrincipal';
