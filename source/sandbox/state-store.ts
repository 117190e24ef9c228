import type {SandboxState} from './sandbox-state.js';

/**
 * Where the sandbox keeps its state between requests: in this process only, or in a file that
 * other boxauth processes running a sandbox of their own read and write too.
 */
export type StateStore = {
	/** The state as the current session sees it. */
	readonly state: SandboxState;
	/** Runs one request's work against the newest state, and keeps what it changed. */
	session<Result>(work: () => Result | Promise<Result>): Promise<Result>;
	/** Says that the current session changed the state. */
	changed(): void;
	/** Waits for the sessions under way, then for the last state to be kept. */
	close(): Promise<void>;
};

/** The state in this process's memory only, as the tests' sandboxes keep it. */
export function memoryStateStore(state: SandboxState): StateStore {
	return {
		state,
		session: async (work) => work(),
		changed() {},
		async close() {},
	};
}
