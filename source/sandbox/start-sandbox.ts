import {createServer} from 'node:http';
import {createServer as createHttpsServer} from 'node:https';
import type {AddressInfo} from 'node:net';
import {controlHostCheck} from './control-guard.js';
import {describeSandbox, type SandboxDescription} from './describe-sandbox.js';
import {FaultQueue} from './faults.js';
import type {SandboxRuntime, SandboxUrls} from './sandbox-runtime.js';
import {sandboxRequestListener} from './sandbox-server.js';
import type {SandboxState} from './sandbox-state.js';
import {seedSandbox} from './seed-sandbox.js';
import {memoryStateStore, type StateStore} from './state-store.js';

export type SandboxOptions = {
	host?: string;
	/** 0, the default, takes a free port. */
	port?: number;
	/**
	 * Where the state lives. Left out, it lives in this process's memory, starting from `state`
	 * (a state from an earlier run) or else a fresh demo enterprise.
	 */
	store?: StateStore;
	state?: SandboxState;
	/** The machine's clock, in milliseconds; tests pass their own. */
	clock?: () => number;
	/**
	 * Serves HTTPS with this certificate and key (PEM) instead of plain HTTP: Box's legacy Node SDK
	 * (box-node-sdk 3, under Box CLI) refuses `http:` URLs.
	 */
	tls?: {cert: string; key: string};
};

export type RunningSandbox = {
	urls: SandboxUrls;
	runtime: SandboxRuntime;
	describe(): SandboxDescription;
	close(): Promise<void>;
};

export function sandboxUrls(origin: string): SandboxUrls {
	return {
		baseUrl: origin,
		uploadUrl: `${origin}/api`,
		authorizeUrl: `${origin}/api/oauth2/authorize`,
	};
}

/** Starts the Box-compatible auth server on loopback. */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
	const host = options.host ?? '127.0.0.1';
	const clock = options.clock ?? Date.now;
	const store = options.store ?? memoryStateStore(options.state ?? seedSandbox(clock()));
	const runtime: SandboxRuntime = {
		get state() {
			return store.state;
		},
		session: (work) => store.session(work),
		changed() {
			store.changed();
		},
		now: () => clock() + store.state.clockOffsetMs,
		faults: new FaultQueue(),
		urls: sandboxUrls('http://127.0.0.1'),
		controlHost: controlHostCheck(host),
	};
	const scheme = options.tls ? 'https' : 'http';
	const server = options.tls
		? createHttpsServer(
				{cert: options.tls.cert, key: options.tls.key},
				sandboxRequestListener(runtime),
			)
		: createServer(sandboxRequestListener(runtime));
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, host, () => {
			server.off('error', reject);
			resolve();
		});
	});
	const {port} = server.address() as AddressInfo;
	const hostInUrl = host.includes(':') ? `[${host}]` : host;
	runtime.urls = sandboxUrls(`${scheme}://${hostInUrl}:${port}`);
	return {
		urls: runtime.urls,
		runtime,
		describe: () => describeSandbox(runtime.state, runtime.urls),
		/** Stops serving, then waits until the last state is kept. */
		async close() {
			server.closeAllConnections();
			await new Promise<void>((resolve) => {
				server.close(() => {
					resolve();
				});
			});
			await store.close();
		},
	};
}
