import type {BoxUrls} from '../../box/box-urls.js';
import {openConnection} from '../../box/open-connection.js';
import {fetchFromSandbox} from '../../box/sandbox-trust.js';
import type {Profile} from '../../profiles/profile.js';
import {runningSandboxUrls} from '../../profiles/running-sandbox-file.js';
import {sandboxStateTrouble, sharedSandboxStateFile} from '../../profiles/sandbox-state-file.js';
import type {SandboxDescription} from '../../sandbox/describe-sandbox.js';
import {seedSandbox} from '../../sandbox/seed-sandbox.js';
import {openSharedStateStore} from '../../sandbox/shared-state-store.js';
import {
	type RunningSandbox,
	type SandboxOptions,
	startSandbox,
} from '../../sandbox/start-sandbox.js';
import type {ProfileConnection} from '../../tokens/renew-access-token.js';
import type {ConnectionOptions} from './connection-options.js';

export type SavedSandboxOptions = {
	host?: string;
	port?: number;
	/**
	 * The least time between two saves. A sandbox inside a command saves each change at once;
	 * `boxauth sandbox` gathers the changes of a burst of requests into a few saves.
	 */
	writeIntervalMs?: number;
	/** Where trouble with the saved state is told, once: the command's standard error. */
	report: (message: string) => void;
	/** HTTPS with this certificate (`boxauth sandbox --tls`). */
	tls?: SandboxOptions['tls'];
};

/**
 * The sandbox as the last run left it, started in this process. Its state is shared through
 * sandbox.json with every other boxauth process running the saved sandbox: each request reads
 * what the others saved and saves what it changed, under the file's lock, so that the next run
 * (and the profiles made against it) finds the same apps and tokens.
 */
export async function startSavedSandbox(
	configDir: string,
	options: SavedSandboxOptions,
): Promise<{sandbox: RunningSandbox; saved(): Promise<void>}> {
	const {report} = options;
	const store = await openSharedStateStore({
		file: sharedSandboxStateFile(configDir, report),
		seed: () => seedSandbox(Date.now()),
		clock: Date.now,
		writeIntervalMs: options.writeIntervalMs ?? 0,
		onTrouble(error) {
			report(sandboxStateTrouble(configDir, error));
		},
	});
	const sandbox = await startSandbox({
		...(options.host === undefined ? {} : {host: options.host}),
		...(options.port === undefined ? {} : {port: options.port}),
		...(options.tls === undefined ? {} : {tls: options.tls}),
		store,
	});
	return {sandbox, saved: () => store.close()};
}

/** Where a sandbox running in this process answers, as a profile's URLs. */
export const sandboxUrls = (sandbox: RunningSandbox): BoxUrls => ({
	apiUrl: sandbox.urls.baseUrl,
	uploadUrl: sandbox.urls.uploadUrl,
	authorizeUrl: sandbox.urls.authorizeUrl,
});

/** The saved sandbox as a client sees it: where it answers, and its apps and users. */
export type SavedSandbox = {
	urls: BoxUrls;
	/** Started by this process, so it stops when this process ends. */
	inThisProcess: boolean;
	describe(): Promise<SandboxDescription>;
	/** Stops it if this process started it, once the tokens it issued are on disk. */
	close(): Promise<void>;
};

/**
 * The saved sandbox: the one a `boxauth sandbox` process is serving, if one runs, else one
 * started in this process, sharing the saved state.
 */
export async function openSavedSandbox(
	configDir: string,
	report: (message: string) => void,
): Promise<SavedSandbox> {
	const running = await runningSandboxUrls(configDir);
	if (running) {
		return {
			urls: running,
			inThisProcess: false,
			async describe() {
				const answer = await fetchFromSandbox(`${running.apiUrl}/_sandbox`);
				if (!answer.ok) {
					throw new Error(`the running boxauth sandbox answered ${answer.status}`);
				}

				return (await answer.json()) as SandboxDescription;
			},
			async close() {},
		};
	}

	const {sandbox, saved} = await startSavedSandbox(configDir, {report});
	return {
		urls: sandboxUrls(sandbox),
		inThisProcess: true,
		describe: () => sandbox.runtime.session(() => sandbox.describe()),
		async close() {
			await sandbox.close();
			await saved();
		},
	};
}

/**
 * A connection to the saved sandbox. Closing it stops a sandbox started in this process and
 * waits until the tokens it issued are on disk, before the next boxauth process starts it again.
 */
export async function connectToSavedSandbox(
	configDir: string,
	options: ConnectionOptions,
): Promise<ProfileConnection & {urls: BoxUrls; sandbox: SavedSandbox}> {
	const sandbox = await openSavedSandbox(configDir, options.report);
	const connection = openConnection(sandbox.urls, options);
	return {
		connection,
		urls: sandbox.urls,
		sandbox,
		async close() {
			await connection.transport.close();
			await sandbox.close();
		},
	};
}

/** The way to Box for a profile: its own URLs, or the saved sandbox. */
export async function connectProfile(
	profile: Profile,
	configDir: string,
	options: ConnectionOptions,
): Promise<ProfileConnection> {
	if (!profile.sandbox) {
		const connection = openConnection(profile.urls, options);
		return {connection, close: () => connection.transport.close()};
	}

	return connectToSavedSandbox(configDir, options);
}
