import type {BoxConnection} from '../../box/box-connection.js';
import type {BoxUrls} from '../../box/box-urls.js';
import {openConnection} from '../../box/open-connection.js';
import {keptAliveDispatcher} from '../../box/transport.js';
import type {Profile} from '../../profiles/profile.js';
import {openSavedSandbox, type SavedSandbox} from './connect-profile.js';
import type {ConnectionOptions} from './connection-options.js';

export type ProfileConnections = {
	/** The profile's own connection (its own exchange log) over its API URL's kept-alive sockets. */
	connectionOf(profile: Profile): Promise<BoxConnection>;
	/** The connection the profile used last, if it used one. */
	usedBy(name: string): BoxConnection | undefined;
	/** Closes every socket, and stops the sandbox once its state is saved. */
	close(): Promise<void>;
};

/**
 * The ways to Box of a command that talks for many profiles (the dashboard, status). Profiles on one API URL share one kept-alive
 * dispatcher, so a token check is one round trip on an open socket, yet each profile has its own
 * transport and log, so that its diagnostics show only its own exchanges. Sandbox profiles share
 * one saved sandbox (a running `boxauth sandbox`, or one started in this process on first use).
 */
export function openProfileConnections({
	configDir,
	now,
	connecting,
}: {
	configDir: string;
	now: () => number;
	connecting: ConnectionOptions;
}): ProfileConnections {
	const dispatchers = new Map<string, ReturnType<typeof keptAliveDispatcher>>();
	const connections = new Map<string, BoxConnection>();
	let sandbox: Promise<SavedSandbox> | undefined;

	async function urlsOf(profile: Profile): Promise<BoxUrls> {
		if (!profile.sandbox) {
			return profile.urls;
		}

		sandbox ??= openSavedSandbox(configDir, connecting.report);
		return (await sandbox).urls;
	}

	return {
		async connectionOf(profile) {
			const urls = await urlsOf(profile);
			const known = connections.get(profile.name);
			if (known?.urls.apiUrl === urls.apiUrl) {
				return known;
			}

			let dispatcher = dispatchers.get(urls.apiUrl);
			if (!dispatcher) {
				dispatcher = keptAliveDispatcher();
				dispatchers.set(urls.apiUrl, dispatcher);
			}

			// A profile whose URL changed starts a new log: the old exchanges were with another host.
			const connection = openConnection(urls, {now, dispatcher, ...connecting});
			connections.set(profile.name, connection);
			return connection;
		},
		usedBy: (name) => connections.get(name),
		async close() {
			// Not each transport's close: that would close the shared dispatcher once per profile.
			await Promise.all([...dispatchers.values()].map(async (dispatcher) => dispatcher.close()));
			// A sandbox that failed to start has nothing to stop; its renewals reported why.
			await (await sandbox?.catch(() => undefined))?.close();
		},
	};
}
