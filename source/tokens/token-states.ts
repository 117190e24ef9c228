import type {HeldToken} from '../profiles/held-token.js';
import type {Profile} from '../profiles/profile.js';
import {renewalVerdict} from './refresh-schedule.js';
import {spanWords} from './time-words.js';
import {leftIsAtMost} from './token-lifetimes.js';

export type HeldTokenName = 'access' | 'refresh' | 'developer' | 'app';

/** One held token as `boxauth status` and the dashboard say it. */
export type TokenState = {
	token: HeldTokenName;
	/** `renew`: still good, but past the time boxauth renews it (access tokens only). */
	state: 'fresh' | 'renew' | 'expired';
	/** Milliseconds on boxauth's clock; null for an App Token that never expires. */
	expiresAt: number | null;
	words: string;
};

export const tokenLabels: Record<HeldTokenName, string> = {
	access: 'access token',
	refresh: 'refresh token',
	developer: 'developer token',
	app: 'App Token',
};

const heldTokenNames: readonly HeldTokenName[] = ['access', 'refresh', 'developer', 'app'];

/** The command that logs the profile in again, in place. */
export const loginCommand = (profile: Profile) => `boxauth login --profile ${profile.name}`;

/** What the person must do once a token boxauth cannot renew by itself has expired. */
export function replaceWords(profile: Profile, name: 'refresh' | 'developer' | 'app'): string {
	return name === 'refresh'
		? `log in again with ${loginCommand(profile)}`
		: `generate a new ${tokenLabels[name]} and paste it: ${loginCommand(profile)}`;
}

/** Box refused the refresh token at the last renewal: its word beats the days left. */
export const refreshTokenRefused = (profile: Profile) =>
	profile.lastCheck?.diagnosisId === 'refresh-token-spent';

function expiredWords(profile: Profile, name: HeldTokenName, ago: string, canRenew: boolean) {
	return name === 'access'
		? `access token: expired ${ago} ago${canRenew ? '; boxauth token gets a new one' : ''}`
		: `${tokenLabels[name]} expired ${ago} ago: ${replaceWords(profile, name)}`;
}

function tokenState(
	profile: Profile,
	name: HeldTokenName,
	held: HeldToken,
	now: number,
	canRenew: boolean,
): TokenState {
	const label = tokenLabels[name];
	const facts = {token: name, expiresAt: held.expiresAt};
	if (held.expiresAt === null) {
		return {...facts, state: 'fresh', words: `${label}: never expires`};
	}

	// Box's word beats local arithmetic: a refresh token it refused is dead, days left or not.
	if (name === 'refresh' && refreshTokenRefused(profile)) {
		return {
			...facts,
			state: 'expired',
			words: `refresh token: refused by Box at the last renewal: ${replaceWords(profile, 'refresh')}`,
		};
	}

	const left = held.expiresAt - now;
	if (left <= 0) {
		return {
			...facts,
			state: 'expired',
			words: expiredWords(profile, name, spanWords(-left), canRenew),
		};
	}

	if (name === 'refresh' || name === 'app') {
		return {...facts, state: 'fresh', words: `${label}: ${spanWords(left)} left`};
	}

	if (leftIsAtMost(held)) {
		return {...facts, state: 'fresh', words: `${label}: at most ${spanWords(left)} left`};
	}

	// Random 0: the latest moment any boxauth process would renew, so "due" means due for all.
	const due = name === 'access' && renewalVerdict(held, now, 0) === 'renew';
	const expires = `${label}: expires in ${spanWords(left)}`;
	return due
		? {
				...facts,
				state: 'renew',
				words: `${expires}, due for renewal${canRenew ? ' (boxauth token renews it)' : ''}`,
			}
		: {...facts, state: 'fresh', words: expires};
}

/** Every token the profile holds, with its state and time left in words. */
export function tokenStates(profile: Profile, now: number, canRenew: boolean): TokenState[] {
	return heldTokenNames.flatMap((name) => {
		const held = profile.tokens[name];
		return held ? [tokenState(profile, name, held, now, canRenew)] : [];
	});
}
