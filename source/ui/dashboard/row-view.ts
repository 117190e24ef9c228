import {type AuthType, authTypes} from '../../box/auth-types.js';
import {actsAsShort} from '../../profiles/acts-as.js';
import type {HeldToken} from '../../profiles/held-token.js';
import {countdownWords} from '../../tokens/countdown.js';
import type {WatchedProfile} from '../../tokens/dashboard-actions.js';
import {bearerTokenOf} from '../../tokens/held-access-token.js';
import {lifetimeBar} from '../../tokens/lifetime-bar.js';
import {type RowStateKind, rowState} from '../../tokens/row-state.js';
import {leftIsAtMost} from '../../tokens/token-lifetimes.js';
import {clockTime} from './clock-words.js';
import {canRenew, type RowSession} from './dashboard-state.js';
import {barCells} from './table-layout.js';

/** A table row as text: only strings, so that a memoised row redraws when one of them changes. */
export type RowView = {
	readonly name: string;
	readonly type: string;
	readonly actsAs: string;
	readonly token: string;
	readonly left: string;
	readonly bar: string;
	readonly state: string;
	readonly stateKind: RowStateKind;
	readonly refresh: string;
	readonly auto: string;
	readonly checked: string;
};

/** A login renewed with its refresh token: the row counts that token down too. */
const showsRefresh = (authType: AuthType) => authTypes[authType].renewal.kind === 'refresh-token';

const notApplicable = '-';

/** The countdown in the left column: "≤47 min", at most, for a token whose birth is unknown. */
function leftWords(held: HeldToken, now: number): string {
	const left = countdownWords(held.expiresAt, now);
	return leftIsAtMost(held) && left !== 'expired' ? `≤${left}` : left;
}

/** The latest word on the profile: the stored last check, or this session's renewal. */
function lastCheckWords(watched: WatchedProfile, session: RowSession | undefined): string {
	const checks = [
		watched.profile.lastCheck,
		session?.lastRenewedAt === undefined ? undefined : {at: session.lastRenewedAt, ok: true},
		session?.lastFailureAt === undefined ? undefined : {at: session.lastFailureAt, ok: false},
	].filter((check) => check !== undefined);
	const latest = checks.reduce<(typeof checks)[number] | undefined>(
		(found, check) => (found && found.at >= check.at ? found : check),
		undefined,
	);
	return latest ? `${latest.ok ? 'ok' : 'fail'} ${clockTime(latest.at)}` : 'none';
}

export function rowView(
	watched: WatchedProfile,
	session: RowSession | undefined,
	now: number,
): RowView {
	const {profile} = watched;
	const {held} = bearerTokenOf(profile);
	const state = rowState(
		{profile, renewing: session?.renewing ?? false, trouble: session?.trouble},
		now,
	);
	const refresh = profile.tokens.refresh;
	return {
		name: profile.name,
		type: authTypes[profile.authType].shortLabel,
		actsAs: actsAsShort(profile),
		token: watched.maskedToken ?? 'none',
		left: held ? leftWords(held, now) : notApplicable,
		bar: lifetimeBar(held, now, barCells),
		state: state.words,
		stateKind: state.kind,
		refresh:
			showsRefresh(profile.authType) && refresh
				? countdownWords(refresh.expiresAt, now)
				: notApplicable,
		auto: canRenew(watched) ? (session?.autoRefresh ? 'on' : 'off') : notApplicable,
		checked: lastCheckWords(watched, session),
	};
}

/** Every expiry a row shows as a countdown, for the one timer that redraws the table. */
export function shownExpiries(profiles: readonly WatchedProfile[]): Array<number | null> {
	return profiles.flatMap(({profile}) => [
		bearerTokenOf(profile).held?.expiresAt ?? null,
		showsRefresh(profile.authType) ? (profile.tokens.refresh?.expiresAt ?? null) : null,
	]);
}
