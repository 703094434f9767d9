/**
 * The "Standby Pool Resource Provider" service principal. In Azure each tenant has its own object id for it; the
 * emulator uses one fixed id in every tenant so seeds and tests can name it.
 */
export const standbyPoolPrincipal = {
	id: 'a7f5c2e1-3b4d-4c8e-9f60-1d2e3f4a5b6c',
	appId: 'e9c2d8f4-5a61-4b7e-8c3d-2f1a0b9c8d7e',
	displayName: 'Standby Pool Resource Provider',
};
