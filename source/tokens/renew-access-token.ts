import {authTypes} from '../box/auth-types.js';
import type {BoxConnection} from '../box/box-connection.js';
import {latestClockOffset} from '../box/clock-offset.js';
import type {Failure} from '../box/failure.js';
import {diagnose} from '../diagnosis/diagnose.js';
import type {Profiles} from '../profiles/open-profiles.js';
import type {Profile} from '../profiles/profile.js';
import {findProfile} from '../profiles/profile-list.js';
import {readSettings} from '../profiles/settings-file.js';
import {finishPendingRenewals} from './finish-pending-renewals.js';
import {heldAccessToken} from './held-access-token.js';
import {holdSignals} from './hold-signals.js';
import {withRefreshLock} from './refresh-lock.js';
import {renewLogin} from './renew-login.js';
import {keepRenewal} from './save-renewal.js';
import {serverGrant} from './server-grant.js';

export type ProfileConnection = {connection: BoxConnection; close(): Promise<void>};

export type RenewDependencies = {
	profiles: Profiles;
	now: () => number;
	random: () => number;
	/** Opens the way to Box for this profile (for a sandbox profile, starts the sandbox). */
	connect: (profile: Profile) => Promise<ProfileConnection>;
	/** Told what a person waiting should know: a slow answer, a signal held off. */
	say?: (line: string) => void;
};

/** A token that still works: what a failed renewal ahead of expiry leaves to use. */
export type StillValid = {accessToken: string; expiresAt: number | null};

export type RenewOutcome =
	| {
			ok: true;
			accessToken: string;
			expiresAt: number | null;
			profile: Profile;
			renewed: boolean;
			/** Box renewed the login but it could not be saved: why, and where it is kept. */
			unsaved?: string;
	  }
	| {ok: false; failure: Failure; profile: Profile; stillValid?: StillValid};

const missing = (profile: Profile, what: string): Failure => ({
	text: `The profile ${profile.name} has no ${what}.`,
	context: {authType: profile.authType, ownFinding: true, remedy: 'person'},
});

export type RenewOptions = {
	/**
	 * Renew a token that is still fresh (the dashboard's refresh now, or its own schedule, whose
	 * jitter differs from this one's), unless another process renewed it while this one waited.
	 */
	force?: boolean;
};

/**
 * Renews the profile's access token by the means its auth type allows, under the profile's
 * lock. The settings are read again once the lock is held: another boxauth process may have
 * renewed meanwhile, and then its token is used and no refresh token is spent twice. A new
 * refresh token is stored before anything else, since Box has already forgotten the old one.
 */
export async function renewAccessToken(
	dependencies: RenewDependencies,
	profileName: string,
	options: RenewOptions = {},
): Promise<RenewOutcome> {
	const {profiles, now, random} = dependencies;
	const askedAt = now();
	// The profile from the environment lives in this process alone: no lock, nothing re-read.
	const fromEnvironment = profiles.fromEnvironment === profileName;
	const locked = <Result>(work: () => Promise<Result>) =>
		fromEnvironment ? work() : withRefreshLock(profiles.configDir, profileName, work);
	return locked(async () => {
		const {settings} = fromEnvironment ? profiles : await readSettings(profiles.configDir, now);
		const saved = findProfile(settings, profileName);
		if (!saved) {
			throw new Error(`no profile named ${profileName}; boxauth profiles list shows them`);
		}

		// An earlier run's renewal, received but not stored, is the login now.
		const means = authTypes[saved.authType].renewal;
		const spendsRefreshToken = means.kind === 'refresh-token';
		const profile = spendsRefreshToken ? await finishPendingRenewals(profiles, saved, now) : saved;
		const held = await heldAccessToken(profile, profiles.secrets, now(), random());
		const renewedMeanwhile =
			(profile.tokens.access?.issuedAt ?? Number.NEGATIVE_INFINITY) >= askedAt;
		const forced = options.force === true && means.kind !== 'none' && !renewedMeanwhile;
		if (held.kind === 'fresh' && !forced) {
			return {
				ok: true,
				accessToken: held.accessToken,
				expiresAt: held.expiresAt,
				profile,
				renewed: false,
			};
		}

		if (means.kind === 'none') {
			const ageSeconds = Math.round((now() - (profile.tokens.developer?.issuedAt ?? now())) / 1000);
			const failure: Failure =
				profile.authType === 'developer-token'
					? {
							text: 'Developer token has expired. Please provide a new one.',
							context: {authType: 'developer-token', credentialAgeSeconds: ageSeconds},
						}
					: {
							text: means.why,
							context: {authType: profile.authType, ownFinding: true, remedy: 'person'},
						};
			return {ok: false, failure, profile};
		}

		const stillValid: StillValid | undefined =
			held.kind === 'renew' && held.stillValid ? held.stillValid : undefined;
		const renew = async (): Promise<RenewOutcome> => {
			const {connection, close} = await dependencies.connect(profile);
			try {
				const outcome = spendsRefreshToken
					? await renewLogin(profile, dependencies, connection)
					: await renewServerToken(profile, dependencies, connection);
				if (outcome.ok) {
					return outcome;
				}

				await recordFailure(profiles, outcome, now);
				return stillValid ? {...outcome, stillValid} : outcome;
			} finally {
				// For a sandbox profile this also waits for the sandbox to keep what it issued.
				await close();
			}
		};

		// Spending a refresh token: Ctrl+C, SIGTERM and SIGHUP wait until its answer is kept.
		return spendsRefreshToken ? holdSignals(renew, dependencies.say ?? (() => undefined)) : renew();
	});
}

/** A new token by a grant that spends nothing: Client Credentials Grant or JWT. */
async function renewServerToken(
	profile: Profile,
	dependencies: RenewDependencies,
	connection: BoxConnection,
): Promise<RenewOutcome> {
	const {profiles, now} = dependencies;
	const prepared = await serverGrant(profile, profiles.secrets, connection, undefined);
	if (!prepared.ok) {
		return {ok: false, failure: prepared.failure, profile};
	}

	if (!profile.subject) {
		return {ok: false, failure: missing(profile, 'enterprise or user ID'), profile};
	}

	const result = await prepared.grant(profile.subject);
	if (!result.ok) {
		// Box's Date header came with its refusal: a JWT refused for its times gets the measured
		// clock difference, and so the clock-skew diagnosis, as doctor gives it.
		const offset = latestClockOffset(connection.log.entries);
		const failure =
			profile.authType === 'jwt' && offset !== undefined
				? {...result.failure, context: {...result.failure.context, clockOffsetSeconds: offset}}
				: result.failure;
		return {ok: false, failure, profile};
	}

	// Nothing was spent: if the save fails, the token works, and the next run asks Box again.
	return keepRenewal(
		profiles,
		profile,
		{profile: profile.name, ...result.value},
		now,
		(reason) =>
			`boxauth could not save the new token of ${profile.name} (${reason}); it works, and the next run asks Box for another.`,
	);
}

/** The failed renewal as the profile's last check; not saving it loses nothing of the login. */
async function recordFailure(
	profiles: Profiles,
	outcome: Extract<RenewOutcome, {ok: false}>,
	now: () => number,
): Promise<void> {
	const store = await profiles.settingsStore();
	await store
		.save({
			...outcome.profile,
			lastCheck: {
				at: now(),
				ok: false,
				diagnosisId: diagnose(outcome.failure).id,
				summary: 'Renewing the access token failed',
			},
		})
		.catch(() => undefined);
}
