import type { FaultList } from '../control/faults';
import type { Router } from '../http/router';
import type { EmulatorState } from '../state/emulatorState';
import type { SeedFile } from '../state/seedFile';

/** One running emulator: its state and everything the request pipeline needs. */
export interface EmulatorRuntime {
	state: EmulatorState;
	faults: FaultList;
	/** The seed `POST /_emulator/reset` returns to. */
	seed: SeedFile;
	token: string;
	armRouter: Router;
	controlRouter: Router;
	/** `https://127.0.0.1:<port>`, known once the server listens. */
	baseUrl: string;
	/** Aborted on stop, so delayed responses end at once. */
	stopping: AbortController;
}
