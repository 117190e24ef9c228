import {authTypes, renews} from '../../box/auth-types.js';
import type {ProfileTrouble, RenewAnswer, WatchedProfile} from '../../tokens/dashboard-actions.js';
import {bearerTokenOf} from '../../tokens/held-access-token.js';
import {rowState} from '../../tokens/row-state.js';
import {newTokenWords, plainTable, renewedWords} from './plain-words.js';

export type DashboardView = 'table' | 'detail' | 'confirm-revoke' | 'token-menu';

/** The token menu copies the chosen line to the clipboard, or prints it on leaving. */
export type TokenMenuPurpose = 'copy' | 'print';

/** What this dashboard session knows of a profile beyond what is stored. */
export type RowSession = {
	/** Renew on schedule; off, the person renews with "refresh now". Console tokens: never. */
	autoRefresh: boolean;
	renewing: boolean;
	/** Why the last renewal or check failed; cleared by the next success or a new token. */
	trouble?: ProfileTrouble;
	/** Failed renewals in a row, for the backoff. */
	failuresSoFar: number;
	lastFailureAt?: number;
	lastRenewedAt?: number;
};

/** A line said once in --plain mode, for screen readers, instead of redrawing the table. */
export type Announcement = {readonly id: number; readonly text: string};

export type DashboardState = {
	readonly plain: boolean;
	/** False until the profiles are first read. */
	readonly loaded: boolean;
	readonly profiles: readonly WatchedProfile[];
	readonly sessions: Readonly<Record<string, RowSession>>;
	readonly selected: number;
	readonly view: DashboardView;
	readonly menuPurpose: TokenMenuPurpose;
	/** One line about the last thing done (copied, revoked), until the next key. */
	readonly notice?: string;
	readonly announcements: readonly Announcement[];
};

export type DashboardEvent =
	| {type: 'profiles-loaded'; profiles: readonly WatchedProfile[]; now: number}
	| {type: 'selection-moved'; by: number}
	| {type: 'view-opened'; view: Exclude<DashboardView, 'table'>; purpose?: TokenMenuPurpose}
	| {type: 'view-closed'}
	| {type: 'renewal-started'; name: string}
	| {type: 'renewal-finished'; name: string; answer: RenewAnswer; now: number}
	/** Box's word on the held token: a refusal is a failure like a renewal's, to retry with backoff. */
	| {type: 'check-finished'; name: string; answer: RenewAnswer; now: number}
	| {type: 'auto-refresh-toggled'; name: string}
	| {type: 'revoked'; name: string}
	| {type: 'said'; text: string};

export function initialDashboardState(plain: boolean): DashboardState {
	return {
		plain,
		loaded: false,
		profiles: [],
		sessions: {},
		selected: 0,
		view: 'table',
		menuPurpose: 'copy',
		announcements: [],
	};
}

export const canRenew = ({profile}: WatchedProfile) => renews(profile.authType);

const newSession = (watched: WatchedProfile): RowSession => ({
	autoRefresh: canRenew(watched),
	renewing: false,
	failuresSoFar: 0,
});

export const selectedProfile = (state: DashboardState): WatchedProfile | undefined =>
	state.profiles[state.selected];

/** Lines said in --plain mode; the live screen shows the same news on its rows instead. */
function announce(state: DashboardState, ...texts: string[]): DashboardState {
	if (!state.plain || texts.length === 0) {
		return state;
	}

	const next = state.announcements.length;
	return {
		...state,
		announcements: [
			...state.announcements,
			...texts.map((text, index) => ({id: next + index, text})),
		],
	};
}

function say(state: DashboardState, text: string): DashboardState {
	return state.plain ? announce({...state, notice: undefined}, text) : {...state, notice: text};
}

const issuedAt = (watched: WatchedProfile | undefined) =>
	watched ? bearerTokenOf(watched.profile).held?.issuedAt : undefined;

/**
 * A new bearer token seen in the settings (from another boxauth process, or a new developer
 * token) ends the trouble that the old one had.
 */
function reloaded(
	state: DashboardState,
	profiles: readonly WatchedProfile[],
	now: number,
): DashboardState {
	const sessions: Record<string, RowSession> = {};
	const news: string[] = [];
	for (const watched of profiles) {
		const {name} = watched.profile;
		const before = state.profiles.find((old) => old.profile.name === name);
		const session = state.sessions[name] ?? newSession(watched);
		sessions[name] = session;
		if (!before) {
			if (state.loaded) {
				news.push(`${name}: added`);
			}

			continue;
		}

		const issued = issuedAt(watched);
		const renewedElsewhere =
			!session.renewing && issued !== undefined && issued !== issuedAt(before);
		if (renewedElsewhere) {
			sessions[name] = {...session, trouble: undefined, failuresSoFar: 0};
			news.push(newTokenWords(watched, now));
		}
	}

	for (const old of state.profiles) {
		if (!profiles.some((watched) => watched.profile.name === old.profile.name)) {
			news.push(`${old.profile.name}: removed`);
		}
	}

	const selectedName = selectedProfile(state)?.profile.name;
	const stillThere = profiles.findIndex((watched) => watched.profile.name === selectedName);
	const selected =
		stillThere === -1 ? Math.min(state.selected, Math.max(0, profiles.length - 1)) : stillThere;
	const next: DashboardState = {
		...state,
		loaded: true,
		profiles,
		sessions,
		selected,
		view: profiles.length === 0 ? 'table' : state.view,
	};
	return state.loaded
		? announce(next, ...news)
		: announce(next, ...plainTable(profiles, sessions, now));
}

function withSession(
	state: DashboardState,
	name: string,
	change: (session: RowSession) => RowSession,
): DashboardState {
	const session = state.sessions[name];
	return session ? {...state, sessions: {...state.sessions, [name]: change(session)}} : state;
}

function withProfile(state: DashboardState, watched: WatchedProfile): DashboardState {
	const {name} = watched.profile;
	return {
		...state,
		profiles: state.profiles.map((old) => (old.profile.name === name ? watched : old)),
	};
}

function renewalFinished(
	state: DashboardState,
	name: string,
	answer: RenewAnswer,
	now: number,
): DashboardState {
	const before = state.sessions[name];
	if (!before) {
		return state;
	}

	const updated = withProfile(state, answer.watched);
	if (answer.ok) {
		const renewed = withSession(updated, name, (session) => ({
			...session,
			renewing: false,
			trouble: undefined,
			failuresSoFar: 0,
			lastRenewedAt: now,
		}));
		return announce(renewed, renewedWords(answer.watched, answer.renewed, now));
	}

	const {diagnosis, boxSaid, unreachable} = answer;
	const trouble: ProfileTrouble = {diagnosis, boxSaid, unreachable};
	const failing = withSession(updated, name, (session) => ({
		...session,
		renewing: false,
		trouble,
		failuresSoFar: session.failuresSoFar + 1,
		lastFailureAt: now,
	}));
	// Said once, not at every retry: only when the row's words change.
	const wordsBefore = before.trouble
		? rowState({profile: answer.watched.profile, renewing: false, trouble: before.trouble}, now)
				.words
		: undefined;
	const words = rowState({profile: answer.watched.profile, renewing: false, trouble}, now).words;
	return words === wordsBefore ? failing : announce(failing, `${name}: ${words}`);
}

function autoRefreshToggled(state: DashboardState, name: string): DashboardState {
	const watched = state.profiles.find((candidate) => candidate.profile.name === name);
	const session = state.sessions[name];
	if (!watched || !session) {
		return state;
	}

	const means = authTypes[watched.profile.authType].renewal;
	if (means.kind === 'none') {
		return say(state, `${name}: ${means.why}`);
	}

	const autoRefresh = !session.autoRefresh;
	return say(
		withSession(state, name, (old) => ({...old, autoRefresh})),
		`${name}: auto-refresh ${autoRefresh ? 'on' : 'off'}`,
	);
}

/** The dashboard's state after one event: pure, so that every key and answer can be tested. */
export function dashboardReducer(state: DashboardState, event: DashboardEvent): DashboardState {
	switch (event.type) {
		case 'profiles-loaded': {
			return reloaded(state, event.profiles, event.now);
		}

		case 'selection-moved': {
			const last = Math.max(0, state.profiles.length - 1);
			return {
				...state,
				notice: undefined,
				selected: Math.min(Math.max(state.selected + event.by, 0), last),
			};
		}

		case 'view-opened': {
			return state.profiles.length === 0
				? state
				: {
						...state,
						notice: undefined,
						view: event.view,
						menuPurpose: event.purpose ?? state.menuPurpose,
					};
		}

		case 'view-closed': {
			return {...state, notice: undefined, view: 'table'};
		}

		case 'renewal-started': {
			return withSession(state, event.name, (session) => ({...session, renewing: true}));
		}

		case 'renewal-finished': {
			return renewalFinished(state, event.name, event.answer, event.now);
		}

		case 'check-finished': {
			return event.answer.ok
				? withSession(withProfile(state, event.answer.watched), event.name, (session) => ({
						...session,
						trouble: undefined,
						failuresSoFar: 0,
					}))
				: renewalFinished(state, event.name, event.answer, event.now);
		}

		case 'auto-refresh-toggled': {
			return autoRefreshToggled(state, event.name);
		}

		case 'revoked': {
			// Renewing on schedule would get a new token at once and undo the revocation.
			return say(
				withSession(state, event.name, (session) => ({
					...session,
					autoRefresh: false,
					trouble: undefined,
					failuresSoFar: 0,
				})),
				`${event.name}: tokens revoked; auto-refresh is off (a turns it on)`,
			);
		}

		case 'said': {
			return say(state, event.text);
		}
	}
}
