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
	state: SandboxState;
	/** The sandbox's clock in milliseconds: the machine's clock plus `state.clockOffsetMs`. */
	now(): number;
	faults: FaultQueue;
	urls: SandboxUrls;
	/** Called after anything in the state changed, so that it can be saved. */
	changed(): void;
};

export type Exchange = {
	request: IncomingMessage;
	response: ServerResponse;
	url: URL;
	body: Buffer;
	sandbox: SandboxRuntime;
};
