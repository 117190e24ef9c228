import type {Profiles} from '../../profiles/open-profiles.js';
import type {Profile} from '../../profiles/profile.js';
import type {RenewAnswer, WatchedProfile} from '../../tokens/dashboard-actions.js';
import {renewAccessToken} from '../../tokens/renew-access-token.js';
import {checkHeldToken} from '../shared/check-held-token.js';
import type {ConnectionOptions} from '../shared/connection-options.js';
import {openProfileConnections} from '../shared/profile-connections.js';
import {revokeReport} from '../shared/revoke-report.js';
import {revokeProfileTokens} from '../shared/revoke-tokens.js';
import {saveLastCheck} from '../shared/save-last-check.js';
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
	connecting,
}: {
	profiles: Profiles;
	now: () => number;
	random: () => number;
	/** The profile as the settings hold it now. */
	stored: (name: string) => Promise<Profile | undefined>;
	/** The profile as a renewal or check left it in the settings. */
	watchedAfter: (profile: Profile) => Promise<WatchedProfile>;
	connecting: ConnectionOptions;
}) {
	const {configDir, secrets} = profiles;
	const connections = openProfileConnections({configDir, now, connecting});
	// Kept alive for the session: closing is the session's, not each renewal's.
	const connect = async (profile: Profile) => ({
		connection: await connections.connectionOf(profile),
		async close() {},
	});

	/** Box's word on the held token, kept as the profile's last check. */
	async function check(name: string): Promise<RenewAnswer> {
		const profile = await stored(name);
		if (!profile) {
			throw new Error(`no profile named ${name}; boxauth profiles list shows them`);
		}

		const connection = await connections.connectionOf(profile);
		const answer = await checkHeldToken(profile, secrets, connection, now);
		if (answer?.kind === 'answered') {
			await saveLastCheck(profiles, name, answer.lastCheck);
		}

		const after = await watchedAfter(profile);
		return answer?.failure
			? {ok: false, watched: after, ...profileTrouble(answer.failure)}
			: {ok: true, watched: after, renewed: false};
	}

	async function renew(name: string): Promise<RenewAnswer> {
		const profile = await stored(name);
		if (!profile) {
			throw new Error(`no profile named ${name}; boxauth profiles list shows them`);
		}

		if (profile.authType === 'developer-token' || profile.authType === 'app-token') {
			return check(name);
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
		check,
		async revoke(name: string): Promise<{ok: true} | {ok: false; problem: string}> {
			const {ok, text} = revokeReport(name, await revokeProfileTokens(profiles, name, connect));
			return ok ? {ok: true} : {ok: false, problem: text};
		},
		// Each profile has a log of its own (see profile-connections.ts): its exchanges only.
		exchanges: (name: string) => connections.usedBy(name)?.log.entries ?? [],
		close: () => connections.close(),
	};
}
