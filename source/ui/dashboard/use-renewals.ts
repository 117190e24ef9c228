import {type Dispatch, useCallback, useEffect, useRef} from 'react';
import type {DashboardActions, RenewAnswer} from '../../tokens/dashboard-actions.js';
import {nextRenewal} from '../../tokens/renewal-plan.js';
import type {DashboardClock} from './dashboard-clock.js';
import type {DashboardEvent, DashboardState} from './dashboard-state.js';

type Options = {
	readonly state: DashboardState;
	readonly dispatch: Dispatch<DashboardEvent>;
	readonly actions: DashboardActions;
	readonly clock: DashboardClock;
	readonly random: () => number;
};

type Wake = {at: number; cancel: () => void};

/** A renewal that threw instead of answering: a bug below, shown on its row, not a crash. */
function thrown(watched: RenewAnswer['watched'], error: unknown): RenewAnswer {
	const message = error instanceof Error ? error.message : String(error);
	return {
		ok: false,
		watched,
		unreachable: false,
		diagnosis: {
			id: 'renewal-threw',
			what: `The renewal stopped with an error: ${message}`,
			why: ['An error boxauth did not expect.'],
			fix: [`Run every check for this profile: boxauth doctor --profile ${watched.profile.name}`],
			docs: 'https://developer.box.com/guides/authentication/',
		},
	};
}

/**
 * Keeps every profile's token alive: one timer per profile, set for its next renewal and moved
 * whenever what it depends on changes. Each renewal runs on its own, so one failing row never
 * holds up the others. The profiles are read again after each renewal, and whenever another
 * process changes the settings.
 */
export function useRenewals({state, dispatch, actions, clock, random}: Options) {
	const mounted = useRef(true);
	const wakes = useRef(new Map<string, Wake>());
	const underway = useRef(new Set<string>());
	// Each profile's jitter, drawn once, so that its renewal time does not move at every render.
	const jitters = useRef(new Map<string, number>());
	// Only the latest read of the profiles counts: an older one may end after it.
	const latestRead = useRef(0);
	const world = useRef({actions, clock, dispatch, profiles: state.profiles});
	world.current = {actions, clock, dispatch, profiles: state.profiles};

	const jitterOf = useCallback(
		(name: string) => {
			let jitter = jitters.current.get(name);
			if (jitter === undefined) {
				jitter = random();
				jitters.current.set(name, jitter);
			}

			return jitter;
		},
		[random],
	);

	const reload = useCallback(async () => {
		const read = ++latestRead.current;
		const {actions, clock, dispatch} = world.current;
		try {
			const profiles = await actions.loadProfiles();
			if (mounted.current && read === latestRead.current) {
				dispatch({type: 'profiles-loaded', profiles, now: clock.now()});
			}
		} catch (error) {
			if (mounted.current) {
				dispatch({
					type: 'said',
					text: `Could not read the profiles: ${error instanceof Error ? error.message : String(error)}`,
				});
			}
		}
	}, []);

	const renew = useCallback(
		async (name: string) => {
			const {actions, clock, dispatch, profiles} = world.current;
			const watched = profiles.find((candidate) => candidate.profile.name === name);
			if (!watched || underway.current.has(name)) {
				return;
			}

			underway.current.add(name);
			dispatch({type: 'renewal-started', name});
			let answer: RenewAnswer;
			try {
				answer = await actions.renew(name);
			} catch (error) {
				answer = thrown(watched, error);
			} finally {
				underway.current.delete(name);
			}

			if (mounted.current) {
				dispatch({type: 'renewal-finished', name, answer, now: clock.now()});
				void reload();
			}
		},
		[reload],
	);

	useEffect(() => {
		mounted.current = true;
		void reload();
		const stopWatching = actions.watchProfiles(() => {
			void reload();
		});
		const scheduled = wakes.current;
		return () => {
			mounted.current = false;
			stopWatching();
			for (const wake of scheduled.values()) {
				wake.cancel();
			}

			scheduled.clear();
		};
	}, [actions, reload]);

	useEffect(() => {
		const now = clock.now();
		const wanted = new Map<string, number>();
		for (const {profile} of state.profiles) {
			const session = state.sessions[profile.name];
			if (!session || session.renewing) {
				continue;
			}

			const at = nextRenewal({profile, ...session, random: jitterOf(profile.name), now});
			if (at !== null) {
				wanted.set(profile.name, at);
			}
		}

		for (const [name, wake] of wakes.current) {
			const at = wanted.get(name);
			// Two moments both past are the same moment: now.
			const same = at !== undefined && (at === wake.at || (at <= now && wake.at <= now));
			if (same) {
				wanted.delete(name);
			} else {
				wake.cancel();
				wakes.current.delete(name);
			}
		}

		for (const [name, at] of wanted) {
			const cancel = clock.wakeAt(at, () => {
				wakes.current.delete(name);
				void renew(name);
			});
			wakes.current.set(name, {at, cancel});
		}
	}, [state.profiles, state.sessions, clock, jitterOf, renew]);

	return {renew, reload, jitterOf};
}
