import {authTypes} from '../../box/auth-types.js';
import {actsAsShort} from '../../profiles/acts-as.js';
import type {WatchedProfile} from '../../tokens/dashboard-actions.js';
import {bearerTokenOf} from '../../tokens/held-access-token.js';
import {rowState} from '../../tokens/row-state.js';
import {spanWords} from '../../tokens/time-words.js';
import {leftIsAtMost} from '../../tokens/token-lifetimes.js';
import {tokenStates} from '../../tokens/token-states.js';
import {canRenew, type RowSession} from './dashboard-state.js';

// The sentences --plain mode says once, for screen readers, where the live screen redraws.

function expiresWords({profile}: WatchedProfile, now: number): string {
	const {held} = bearerTokenOf(profile);
	if (held === undefined) {
		return 'no token yet';
	}

	if (held.expiresAt === null) {
		return 'never expires';
	}

	if (held.expiresAt <= now) {
		return 'expired';
	}

	const left = spanWords(held.expiresAt - now);
	return leftIsAtMost(held) ? `at most ${left} left` : `expires in ${left}`;
}

export function renewedWords(watched: WatchedProfile, renewed: boolean, now: number): string {
	const {name} = watched.profile;
	return renewed
		? `${name}: renewed, ${expiresWords(watched, now)}`
		: `${name}: checked with Box, the token works, ${expiresWords(watched, now)}`;
}

export const newTokenWords = (watched: WatchedProfile, now: number) =>
	`${watched.profile.name}: new token, ${expiresWords(watched, now)}`;

/** The table said once as sentences: a profile a line, its state, tokens and auto-refresh. */
export function plainTable(
	profiles: readonly WatchedProfile[],
	sessions: Readonly<Record<string, RowSession>>,
	now: number,
): string[] {
	if (profiles.length === 0) {
		return ['No profiles yet: press s to set one up.'];
	}

	return [
		`${profiles.length} profile${profiles.length === 1 ? '' : 's'}:`,
		...profiles.map((watched) => {
			const {profile} = watched;
			const session = sessions[profile.name];
			const state = rowState({profile, renewing: false, trouble: session?.trouble}, now);
			const tokens = tokenStates(profile, now, false).map((token) => token.words);
			const auto = canRenew(watched)
				? `auto-refresh ${session?.autoRefresh ? 'on' : 'off'}`
				: 'renewed only in the Developer Console';
			return [
				`${profile.name} (${authTypes[profile.authType].label}, acts as ${actsAsShort(profile)}): ${state.words}`,
				...tokens,
				auto,
			].join('; ');
		}),
	];
}
