import type {BoxConnection} from '../box/box-connection.js';
import type {Failure} from '../box/failure.js';
import {refreshAccessToken} from '../box/oauth.js';
import {diagnose} from '../diagnosis/diagnose.js';
import type {Profile} from '../profiles/profile.js';
import {reasonInWords} from '../profiles/system-error-reason.js';
import {finishPendingRenewals} from './finish-pending-renewals.js';
import type {RenewDependencies, RenewOutcome} from './renew-access-token.js';
import {openRenewalJournal, type RenewalJournal} from './renewal-journal.js';
import {keepRenewal} from './save-renewal.js';

/** Box refused the refresh token itself: spent, expired or unknown. */
const refusedRefreshToken = (failure: Failure) => diagnose(failure).id === 'refresh-token-spent';

/**
 * Renews an OAuth 2.0 login: spends the refresh token, so nothing may lose Box's answer. All that
 * can fail is made ready first (the keychain, the settings, a journal file); the answer goes to
 * the journal in one write the moment it arrives; the request is never abandoned; and a save that
 * fails keeps the journal and says so, while the new access token is used all the same. The
 * caller holds off signals around it.
 */
export async function renewLogin(
	profile: Profile,
	dependencies: RenewDependencies,
	connection: BoxConnection,
): Promise<RenewOutcome> {
	const {profiles, now} = dependencies;
	const say = dependencies.say ?? (() => undefined);
	const clientSecret = await profiles.secrets.get(profile.name, 'client-secret');
	const stored = await profiles.secrets.get(profile.name, 'refresh-token');
	if (!profile.clientId || !clientSecret || !stored) {
		return {
			ok: false,
			failure: {
				text: stored
					? `The profile ${profile.name} has no client ID and secret.`
					: `The profile ${profile.name} holds no login: it was revoked (boxauth revoke does that), or its refresh token is gone. Log in again with boxauth login --profile ${profile.name}.`,
				context: {authType: 'oauth', ownFinding: true, remedy: 'person'},
			},
			profile,
		};
	}

	let journal: RenewalJournal;
	try {
		await profiles.settingsStore();
		journal = await openRenewalJournal(
			profiles.configDir,
			profile.name,
			await profiles.secrets.journalKey(),
		);
	} catch (error) {
		return {
			ok: false,
			failure: {
				text: `boxauth did not renew the login of ${profile.name}: it could not make ready to save the new tokens (${reasonInWords(error)}), and a refresh token works only once. The login is untouched; fix that and run boxauth token again.`,
				context: {authType: 'oauth', ownFinding: true},
			},
			profile,
		};
	}

	const answer = await refreshAccessToken(
		connection,
		{clientId: profile.clientId ?? '', clientSecret},
		stored,
		say,
	);
	if (!answer.ok) {
		await journal.forget();
		// A run paused past its lock may have spent the token, and left its answer behind.
		if (refusedRefreshToken(answer.failure)) {
			const recovered = await finishPendingRenewals(profiles, profile, now);
			if (recovered !== profile) {
				const token = await profiles.secrets.get(profile.name, 'access-token');
				if (token) {
					return {
						ok: true,
						accessToken: token,
						expiresAt: recovered.tokens.access?.expiresAt ?? null,
						profile: recovered,
						renewed: true,
					};
				}
			}
		}

		return {ok: false, failure: answer.failure, profile};
	}

	const issued = answer.value;
	const renewal = {
		profile: profile.name,
		accessToken: issued.accessToken,
		expiresIn: issued.expiresIn,
		receivedAt: issued.receivedAt,
		...(issued.refreshToken ? {refreshToken: issued.refreshToken} : {}),
	};
	journal.record(renewal);
	const kept = await keepRenewal(
		profiles,
		profile,
		renewal,
		now,
		(reason) =>
			`boxauth renewed the login of ${profile.name} but could not save it (${reason}). The new tokens are kept in ${journal.path}: once that is fixed, any boxauth command for this profile (boxauth token --profile ${profile.name}) finishes the save. Do not delete that file: Box has already spent the old refresh token.`,
	);
	if (kept.unsaved) {
		journal.keep();
	} else {
		// Saved: a journal that will not go is harmless, the next run removes what it has stored.
		await journal.forget().catch(() => undefined);
	}

	return kept;
}
