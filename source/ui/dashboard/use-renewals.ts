import {type Dispatch, useCallback, useEffect, useRef} from 'react';
import type {DashboardActions, RenewAnswer} from '../../tokens/dashboard-actions.js';
import {nextCheck, nextRenewal} from '../../tokens/renewal-plan.js';
import type {Clock} from '../components/clock.js';
import type {DashboardEvent, DashboardState} from './dashboard-state.js';

type Options = {
	readonly state: DashboardState;
	readonly dispatch: Dispatch<DashboardEvent>;
	readonly actions: DashboardActions;
	readonly clock: Clock;
	readonly random: () => number;
};

type Wake = {at: number; cancel: () => void};

const minute = 60_000;

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

/** Moves the timers in `wakes` to the moments in `wanted`, leaving alone those already right. */
function setWakes(
	wakes: Map<string, Wake>,
	wanted: Map<string, number>,
	clock: Clock,
	now: number,
	act: (name: string) => Promise<void>,
) {
	const toSet = new Map(wanted);
	for (const [name, wake] of wakes) {
		const at = toSet.get(name);
		// Two moments both past are the same moment: now.
		const same = at !== undefined && (at === wake.at || (at <= now && wake.at <= now));
		if (same) {
			toSet.delete(name);
		} else {
			wake.cancel();
			wakes.delete(name);
		}
	}

	for (const [name, at] of toSet) {
		const cancel = clock.wakeAt(at, () => {
			wakes.delete(name);
			void act(name);
		});
		wakes.set(name, {at, cancel});
	}
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
	const checking = useRef(new Set<string>());
	const checkWakes = useRef(new Map<string, Wake>());
	// Renewals started per profile: a check that a renewal overtook answers for a token gone.
	const renewalsStarted = useRef(new Map<string, number>());
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
			renewalsStarted.current.set(name, (renewalsStarted.current.get(name) ?? 0) + 1);
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

	const check = useCallback(
		async (name: string) => {
			const {actions, clock, dispatch, profiles} = world.current;
			const watched = profiles.find((candidate) => candidate.profile.name === name);
			if (!watched || underway.current.has(name) || checking.current.has(name)) {
				return;
			}

			checking.current.add(name);
			const renewalsBefore = renewalsStarted.current.get(name) ?? 0;
			let answer: RenewAnswer;
			try {
				answer = await actions.check(name);
			} catch (error) {
				answer = thrown(watched, error);
			} finally {
				checking.current.delete(name);
			}

			if (mounted.current && renewalsBefore === (renewalsStarted.current.get(name) ?? 0)) {
				dispatch({type: 'check-finished', name, answer, now: clock.now()});
				void reload();
			}
		},
		[reload],
	);

	// A machine that slept missed its checks and renewals: on waking, ask Box about every token
	// at once. Timers fire late after a sleep, so a minute's beat that comes late says it slept.
	useEffect(() => {
		let cancel = () => {};
		const beat = (expected: number) => {
			cancel = world.current.clock.wakeAt(expected, () => {
				const now = world.current.clock.now();
				if (now - expected > minute) {
					for (const {profile} of world.current.profiles) {
						void check(profile.name);
					}
				}

				beat(now + minute);
			});
		};

		beat(world.current.clock.now() + minute);
		return () => {
			cancel();
		};
	}, [check]);

	useEffect(() => {
		mounted.current = true;
		void reload();
		const stopWatching = actions.watchProfiles(() => {
			void reload();
		});
		const timers = [wakes.current, checkWakes.current];
		return () => {
			mounted.current = false;
			stopWatching();
			for (const scheduled of timers) {
				for (const wake of scheduled.values()) {
					wake.cancel();
				}

				scheduled.clear();
			}
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

		setWakes(wakes.current, wanted, clock, now, renew);
		const checks = new Map<string, number>();
		for (const {profile} of state.profiles) {
			const session = state.sessions[profile.name];
			const at = session && nextCheck({profile, autoRefresh: session.autoRefresh, now});
			if (at !== undefined && at !== null) {
				checks.set(profile.name, at);
			}
		}

		setWakes(checkWakes.current, checks, clock, now, check);
	}, [state.profiles, state.sessions, clock, jitterOf, renew, check]);

	return {renew, reload, jitterOf};
}
