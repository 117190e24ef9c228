import type {IncomingMessage, ServerResponse} from 'node:http';
import type {FaultQueue} from './faults.js';
import type {SandboxState} from './sandbox-state.js';

export type SandboxUrls = {
	/** API and token host, as Box's SDKs' `baseUrl`. */
	baseUrl: string;
	/** As Box's SDKs' `uploadUrl` (they append `/2.0/files/content`). */
	uploadUrl: string;
	/** The browser's consent page. */
	authorizeUrl: string;
};

/** What every route may use: the state, the sandbox's clock, and the injected faults. */
export type SandboxRuntime = {
	/** The newest state inside a session; what this process last saw outside one. */
	readonly state: SandboxState;
	/** Runs one request's work against the newest state, which may be shared with other processes. */
	session<Result>(work: () => Result | Promise<Result>): Promise<Result>;
	/** Called in a session after anything in the state changed, so that it is kept. */
	changed(): void;
	/** The sandbox's clock in milliseconds: the machine's clock plus `state.clockOffsetMs`. */
	now(): number;
	faults: FaultQueue;
	urls: SandboxUrls;
	/** Whether a request's Host header may name this host to reach the control surface. */
	controlHost(hostname: string): boolean;
};

export type Exchange = {
	request: IncomingMessage;
	response: ServerResponse;
	url: URL;
	body: Buffer;
	sandbox: SandboxRuntime;
};
