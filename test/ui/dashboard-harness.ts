import {setImmediate as nextTurn} from 'node:timers/promises';
import {render} from 'ink-testing-library';
import {createElement} from 'react';
import type {RecordedExchange} from '../../source/box/exchange-log.js';
import type {Profile} from '../../source/profiles/profile.js';
import type {
	DashboardActions,
	DashboardExit,
	RenewAnswer,
	WatchedProfile,
} from '../../source/tokens/dashboard-actions.js';
import {Dashboard} from '../../source/ui/dashboard/dashboard.js';
import {FakeClock} from '../helpers/fake-clock.js';
import {aProfile as baseProfile} from '../profiles/fixtures/profile-fixtures.js';
import {held, minute, start} from '../tokens/token-fixtures.js';
import {drawnScreen, settle} from './drawn-screen.js';

// `start` is on a wall-clock minute boundary, so that tests can say where the minutes tick.
export {day, held, minute, second, start} from '../tokens/token-fixtures.js';

export const fullToken = 'T9sLkQ2vXa8RmN4pWc7YbE1uJd6HgF3z';

/** A CCG profile acting as its app's service account, with an hour-long token issued at `start`. */
export function aProfile(name: string, changes: Partial<Profile> = {}): WatchedProfile {
	return {
		profile: baseProfile(name, {
			clientId: 'k3c9x1z8q0w2e4r6t5y7u9i1o3p5a7s9',
			subject: {type: 'enterprise', id: '1234567'},
			identity: {
				id: '31000001',
				name: 'Reports',
				login: 'AutomationUser_2000001_Ab9@boxdevedition.com',
				enterpriseId: '1234567',
				isServiceAccount: true,
			},
			...changes,
		}),
		maskedToken: 'T9sL…',
	};
}

/** The same profile holding a new hour-long access token issued at `at`. */
export function withNewToken(watched: WatchedProfile, at: number): WatchedProfile {
	const {profile} = watched;
	return {
		...watched,
		profile: {
			...profile,
			tokens: {...profile.tokens, access: held('access', at, 60 * minute)},
			lastCheck: {at, ok: true, summary: 'Box issued a new access token'},
		},
	};
}

type Method = 'renew' | 'check' | 'revoke';

export type PendingCall = {
	method: Method;
	name: string;
	answered: boolean;
	answer: (value: unknown) => void;
};

/** DashboardActions in memory: renewals and revocations wait until the test answers them. */
export class FakeWorld {
	profiles: WatchedProfile[];
	readonly calls: PendingCall[] = [];
	readonly exchangeLogs = new Map<string, RecordedExchange[]>();
	loads = 0;
	#listener: (() => void) | undefined;
	readonly actions: DashboardActions;

	constructor(profiles: WatchedProfile[]) {
		this.profiles = profiles;
		const call = (method: Method) => (name: string) =>
			new Promise<never>((resolve) => {
				const pending: PendingCall = {
					method,
					name,
					answered: false,
					answer(value) {
						pending.answered = true;
						resolve(value as never);
					},
				};
				this.calls.push(pending);
			});
		this.actions = {
			loadProfiles: async () => {
				this.loads++;
				return this.profiles;
			},
			renew: call('renew'),
			check: call('check'),
			revoke: call('revoke'),
			bearerToken: async () => fullToken,
			exchanges: (name) => this.exchangeLogs.get(name) ?? [],
			clockOffsetSeconds: () => 2,
			watchProfiles: (listener) => {
				this.#listener = listener;
				return () => {
					this.#listener = undefined;
				};
			},
		};
	}

	/** Another boxauth process saved this profile. */
	changedElsewhere(watched: WatchedProfile): void {
		this.replace(watched);
		this.#listener?.();
	}

	replace(watched: WatchedProfile): void {
		this.profiles = this.profiles.map((old) =>
			old.profile.name === watched.profile.name ? watched : old,
		);
	}

	/** The oldest unanswered call to `method` (for `name`), once it is made. */
	async next(method: Method, name?: string, timeoutMs = 2000): Promise<PendingCall> {
		const until = Date.now() + timeoutMs;
		for (;;) {
			const found = this.calls.find(
				(call) => call.method === method && !call.answered && (!name || call.name === name),
			);
			if (found) {
				return found;
			}

			if (Date.now() > until) {
				const made = this.calls.map((call) => `${call.method} ${call.name}`).join(', ') || 'none';
				throw new Error(`no call to ${method} ${name ?? ''} came; calls made: ${made}`);
			}

			await nextTurn();
		}
	}

	/** Answers a renewal as the commands layer would: the profile saved, then the answer. */
	renewed(call: PendingCall, watched: WatchedProfile): void {
		this.replace(watched);
		call.answer({ok: true, watched, renewed: true} satisfies RenewAnswer);
	}

	count(method: Method): number {
		return this.calls.filter((call) => call.method === method).length;
	}
}

export type DashboardOptions = {
	profiles: WatchedProfile[];
	at?: number;
	plain?: boolean;
	random?: number;
};

/** The dashboard in a fake terminal (100 columns), with helpers to type and to read the screen. */
export function drawDashboard(options: DashboardOptions) {
	const world = new FakeWorld(options.profiles);
	const clock = new FakeClock(options.at ?? start);
	const exits: DashboardExit[] = [];
	const instance = render(
		createElement(Dashboard, {
			actions: world.actions,
			clock,
			random: () => options.random ?? 0,
			plain: options.plain ?? false,
			onExit(exit) {
				exits.push(exit);
			},
		}),
	);
	return {
		world,
		clock,
		exits,
		instance,
		...drawnScreen(instance),
		/** Every frame Ink wrote, the announcements of --plain mode included. */
		written: () => instance.frames.join(''),
		/** Moves the clock, then lets React draw what it woke. */
		async advance(milliseconds: number) {
			clock.advance(milliseconds);
			await settle(instance);
		},
		/** The machine sleeps this long, then React draws what woke late. */
		async sleep(milliseconds: number) {
			clock.sleep(milliseconds);
			await settle(instance);
		},
	};
}

export type DrawnDashboard = ReturnType<typeof drawDashboard>;

/** The screen line that names this profile in the table. */
export function rowOf(screen: string, name: string): string {
	return (
		screen.split('\n').find((line) => line.trimStart().replace(/^› /, '').startsWith(`${name} `)) ??
		''
	);
}
