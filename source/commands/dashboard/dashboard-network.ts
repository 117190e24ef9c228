import type {Profiles} from '../../profiles/open-profiles.js';
import type {Profile} from '../../profiles/profile.js';
import type {RenewAnswer, WatchedProfile} from '../../tokens/dashboard-actions.js';
import {renewAccessToken} from '../../tokens/renew-access-token.js';
import type {ApiTraceOption} from '../api-trace-option.js';
import {revokeReport} from '../revoke/revoke-report.js';
import {revokeProfileTokens} from '../revoke/revoke-tokens.js';
import {saveLastCheck} from '../save-last-check.js';
import {checkConsoleToken} from './console-token-check.js';
import {openDashboardConnections} from './dashboard-connections.js';
import {profileTrouble} from './profile-trouble.js';

/**
 * The dashboard's work with Box: renewals, console token checks, revocation, over connections
 * kept open for the session. Loaded on the first of them, so that a dashboard whose tokens are
 * all fresh has not paid for the HTTP client (about 20 MiB) while it only counts down.
 */
export function openDashboardNetwork({
	profiles,
	now,
	random,
	stored,
	watchedAfter,
	debug,
}: {
	profiles: Profiles;
	now: () => number;
	random: () => number;
	/** The profile as the settings hold it now. */
	stored: (name: string) => Promise<Profile | undefined>;
	/** The profile as a renewal or check left it in the settings. */
	watchedAfter: (profile: Profile) => Promise<WatchedProfile>;
	debug: ApiTraceOption;
}) {
	const {configDir, secrets} = profiles;
	const connections = openDashboardConnections({configDir, now, debug});
	// Kept alive for the session: closing is the session's, not each renewal's.
	const connect = async (profile: Profile) => ({
		connection: await connections.connectionOf(profile),
		async close() {},
	});

	async function renew(name: string): Promise<RenewAnswer> {
		const profile = await stored(name);
		if (!profile) {
			throw new Error(`no profile named ${name}; boxauth profiles list shows them`);
		}

		if (profile.authType === 'developer-token' || profile.authType === 'app-token') {
			const connection = await connections.connectionOf(profile);
			const {lastCheck, failure} = await checkConsoleToken(
				profile,
				profile.authType,
				secrets,
				connection,
				now,
			);
			await saveLastCheck(profiles, name, lastCheck);
			const after = await watchedAfter(profile);
			return failure
				? {ok: false, watched: after, ...profileTrouble(failure)}
				: {ok: true, watched: after, renewed: false};
		}

		// Forced: the dashboard asks at its own planned time, or when the user says refresh now.
		const outcome = await renewAccessToken({profiles, now, random, connect}, name, {force: true});
		const after = await watchedAfter(outcome.profile);
		if (outcome.ok && outcome.unsaved) {
			// The token works, but the login waits in a journal: the row must say what to fix.
			const failure = {
				text: outcome.unsaved,
				context: {authType: profile.authType, ownFinding: true},
			};
			return {ok: false, watched: after, ...profileTrouble(failure)};
		}

		return outcome.ok
			? {ok: true, watched: after, renewed: outcome.renewed}
			: {ok: false, watched: after, ...profileTrouble(outcome.failure)};
	}

	return {
		renew,
		async revoke(name: string): Promise<{ok: true} | {ok: false; problem: string}> {
			const {ok, text} = revokeReport(name, await revokeProfileTokens(profiles, name, connect));
			return ok ? {ok: true} : {ok: false, problem: text};
		},
		// Each profile has a log of its own (see dashboard-connections.ts): its exchanges only.
		exchanges: (name: string) => connections.usedBy(name)?.log.entries ?? [],
		close: () => connections.close(),
	};
}
