import {latestClockOffset} from '../../box/clock-offset.js';
import {maskSecret} from '../../box/mask-secrets.js';
import type {Profiles} from '../../profiles/open-profiles.js';
import type {Profile} from '../../profiles/profile.js';
import {findProfile, listProfiles} from '../../profiles/profile-list.js';
import {readSettings, settingsFile} from '../../profiles/settings-file.js';
import type {DashboardActions, WatchedProfile} from '../../tokens/dashboard-actions.js';
import {bearerTokenOf} from '../../tokens/held-access-token.js';
import type {ConnectionOptions} from '../shared/connection-options.js';
import type {openDashboardNetwork} from './dashboard-network.js';
import {watchFileChanges} from './watch-settings.js';

export type DashboardSession = DashboardActions & {close(): Promise<void>};

/**
 * The dashboard's actions over the profiles, the token lifecycle and Box, for one run: what it
 * shows is read again from the settings each time, since `boxauth token` and others change them
 * meanwhile. Connections stay open until `close`.
 */
export function openDashboardSession({
	profiles,
	now,
	random,
	connecting,
}: {
	profiles: Profiles;
	now: () => number;
	random: () => number;
	/** BOXAUTH_DEBUG=api's trace of every exchange with Box, and where sandbox trouble is told. */
	connecting: ConnectionOptions;
}): DashboardSession {
	const {configDir, secrets} = profiles;
	const watchers = new Set<() => void>();

	async function stored(name: string): Promise<Profile | undefined> {
		const {settings} = await readSettings(configDir, now);
		return findProfile(settings, name);
	}

	async function watched(profile: Profile): Promise<WatchedProfile> {
		let token: string | undefined;
		try {
			token = await secrets.get(profile.name, bearerTokenOf(profile).secret);
		} catch {
			// A keychain that refuses one profile's token leaves that row without it, not the others;
			// boxauth status says why.
		}

		return token === undefined ? {profile} : {profile, maskedToken: maskSecret(token)};
	}

	/** The profile as the renewal or check left it in the settings, with its last check. */
	const watchedAfter = async (profile: Profile) => watched((await stored(profile.name)) ?? profile);

	let network: Promise<ReturnType<typeof openDashboardNetwork>> | undefined;
	const withNetwork = async () => {
		network ??= import('./dashboard-network.js').then(({openDashboardNetwork}) =>
			openDashboardNetwork({profiles, now, random, stored, watchedAfter, connecting}),
		);
		return network;
	};

	let loaded: Awaited<typeof network> | undefined;
	const exchanges = (name: string) => loaded?.exchanges(name) ?? [];

	return {
		async loadProfiles() {
			const {settings} = await readSettings(configDir, now);
			return Promise.all(listProfiles(settings).map(async (profile) => watched(profile)));
		},
		async renew(name) {
			loaded = await withNetwork();
			return loaded.renew(name);
		},
		async check(name) {
			loaded = await withNetwork();
			return loaded.check(name);
		},
		async revoke(name) {
			loaded = await withNetwork();
			return loaded.revoke(name);
		},
		async bearerToken(name) {
			const profile = await stored(name);
			return profile && secrets.get(name, bearerTokenOf(profile).secret);
		},
		exchanges,
		clockOffsetSeconds: (name) => latestClockOffset(exchanges(name)),
		watchProfiles(listener) {
			// This session's own writes (renewals, last checks) are heard too: a reload shows them.
			const stop = watchFileChanges(settingsFile(configDir), listener);
			watchers.add(stop);
			return () => {
				watchers.delete(stop);
				stop();
			};
		},
		async close() {
			for (const stop of watchers) {
				stop();
			}

			watchers.clear();
			await (await network)?.close();
		},
	};
}
