import type {BoxUrls} from '../box/box-urls.js';
import {openConnection} from '../box/open-connection.js';
import type {Profile} from '../profiles/profile.js';
import {runningSandboxUrls} from '../profiles/running-sandbox-file.js';
import {loadSandboxState, saveSandboxState} from '../profiles/sandbox-state-file.js';
import type {SandboxDescription} from '../sandbox/describe-sandbox.js';
import {type RunningSandbox, startSandbox} from '../sandbox/start-sandbox.js';
import type {ProfileConnection} from '../tokens/renew-access-token.js';

/**
 * The sandbox as the last run left it, started in this process, saving every change so that
 * the next run (and the profiles made against it) finds the same apps and tokens.
 */
export async function startSavedSandbox(
	configDir: string,
	listen: {host?: string; port?: number} = {},
): Promise<{sandbox: RunningSandbox; saved(): Promise<void>}> {
	const {state} = await loadSandboxState(configDir);
	let saving = Promise.resolve();
	const save = (changed: Parameters<typeof saveSandboxState>[1]) => {
		// One write at a time, in order, so that the last state is the one that lands.
		saving = saving.then(() => saveSandboxState(configDir, changed));
	};

	const sandbox = await startSandbox({...listen, ...(state ? {state} : {}), onChange: save});
	if (!state) {
		save(sandbox.runtime.state);
	}

	return {sandbox, saved: () => saving};
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
 * started in this process from the saved state, saving every change.
 */
export async function openSavedSandbox(configDir: string): Promise<SavedSandbox> {
	const running = await runningSandboxUrls(configDir);
	if (running) {
		return {
			urls: running,
			inThisProcess: false,
			async describe() {
				const answer = await fetch(`${running.apiUrl}/_sandbox`);
				if (!answer.ok) {
					throw new Error(`the running boxauth sandbox answered ${answer.status}`);
				}

				return (await answer.json()) as SandboxDescription;
			},
			async close() {},
		};
	}

	const {sandbox, saved} = await startSavedSandbox(configDir);
	return {
		urls: sandboxUrls(sandbox),
		inThisProcess: true,
		describe: async () => sandbox.describe(),
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
): Promise<ProfileConnection & {urls: BoxUrls; sandbox: SavedSandbox}> {
	const sandbox = await openSavedSandbox(configDir);
	const connection = openConnection(sandbox.urls);
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
): Promise<ProfileConnection> {
	if (!profile.sandbox) {
		const connection = openConnection(profile.urls);
		return {connection, close: () => connection.transport.close()};
	}

	return connectToSavedSandbox(configDir);
}
