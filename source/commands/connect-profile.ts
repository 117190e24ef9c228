import type {BoxUrls} from '../box/box-urls.js';
import {openConnection} from '../box/open-connection.js';
import type {Profile} from '../profiles/profile.js';
import {loadSandboxState, saveSandboxState} from '../profiles/sandbox-state-file.js';
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

/**
 * A connection to the saved sandbox, started in this process. Closing it stops the sandbox and
 * waits until the tokens it issued are on disk, before the next boxauth process starts it again.
 */
export async function connectToSavedSandbox(
	configDir: string,
): Promise<ProfileConnection & {urls: BoxUrls; sandbox: RunningSandbox}> {
	const {sandbox, saved} = await startSavedSandbox(configDir);
	const urls = sandboxUrls(sandbox);
	const connection = openConnection(urls);
	return {
		connection,
		urls,
		sandbox,
		async close() {
			await connection.transport.close();
			await sandbox.close();
			await saved();
		},
	};
}

/** The way to Box for a profile: its own URLs, or the saved sandbox started in this process. */
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
