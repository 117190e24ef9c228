import {setImmediate as nextTurn} from 'node:timers/promises';
import {render} from 'ink-testing-library';
import {createElement} from 'react';
import type {Identity} from '../../source/profiles/profile.js';
import {SetupWizard, type SetupWizardProps} from '../../source/ui/wizard/setup-wizard.js';
import type {WizardStart} from '../../source/ui/wizard/use-wizard.js';
import type {SetupActions} from '../../source/wizard/setup-actions.js';
import type {WizardEvent} from '../../source/wizard/wizard-events.js';
import {initialWizardState} from '../../source/wizard/wizard-state.js';
import {FakeClock} from '../helpers/fake-clock.js';
import {drawnScreen} from './drawn-screen.js';

type Method = keyof SetupActions;

/** One call to the fake Box, waiting for the test to answer it. */
export type PendingCall = {
	method: Method;
	args: unknown[];
	answer: (value: unknown) => void;
	fail: (error: Error) => void;
	answered: boolean;
};

/** SetupActions in memory: every call waits until the test answers it, so that nothing races. */
export class FakeWorld {
	readonly calls: PendingCall[] = [];
	readonly actions: SetupActions;

	constructor() {
		const call =
			(method: Method) =>
			(...args: unknown[]) =>
				new Promise<never>((resolve, reject) => {
					const pending: PendingCall = {
						method,
						args,
						answered: false,
						answer(value) {
							pending.answered = true;
							resolve(value as never);
						},
						fail(error) {
							pending.answered = true;
							reject(error);
						},
					};
					this.calls.push(pending);
				});
		this.actions = {
			readJwtConfig: call('readJwtConfig'),
			checkCredentials: call('checkCredentials'),
			signIn: call('signIn'),
			finishSignIn: call('finishSignIn'),
			approveInSandbox: call('approveInSandbox'),
			saveDraft: call('saveDraft'),
			saveProfile: call('saveProfile'),
			tryPreflight: call('tryPreflight'),
			wait: call('wait'),
		};
	}

	/** The oldest unanswered call to `method`, once it is made. */
	async next(method: Method, timeoutMs = 2000): Promise<PendingCall> {
		const until = Date.now() + timeoutMs;
		for (;;) {
			const found = this.calls.find((call) => call.method === method && !call.answered);
			if (found) {
				return found;
			}

			if (Date.now() > until) {
				const made = this.calls.map((call) => call.method).join(', ') || 'none';
				throw new Error(`no call to ${method} came; calls made: ${made}`);
			}

			await nextTurn();
		}
	}

	count(method: Method): number {
		return this.calls.filter((call) => call.method === method).length;
	}
}

export const serviceAccount: Identity = {
	id: '31000001',
	name: 'boxauth',
	login: 'AutomationUser_2000001_Ab9@boxdevedition.com',
	enterpriseId: '1234567',
	isServiceAccount: true,
};

export type TerminalSize = {columns: number; rows: number};

export type WizardOptions = {
	sandbox?: boolean;
	events?: WizardEvent[];
	start?: WizardStart;
	props?: Partial<SetupWizardProps>;
	/** The fake terminal is 100 columns wide and of no height unless given one. */
	size?: TerminalSize;
};

/** The terminal resized, as a person drags its window. */
export function resize(stdout: NodeJS.EventEmitter, {columns, rows}: TerminalSize): void {
	Object.defineProperty(stdout, 'columns', {value: columns, configurable: true});
	Object.defineProperty(stdout, 'rows', {value: rows, configurable: true});
	stdout.emit('resize');
}

/** How many lines a frame takes: Ink repaints the whole screen once it reaches the terminal's rows. */
export function heightOf(frame: string): number {
	return frame.trimEnd().split('\n').length;
}

/** The wizard drawn in a fake terminal, with helpers to type and to read the screen. */
export function drawWizard(options: WizardOptions = {}) {
	const world = new FakeWorld();
	const clock = new FakeClock();
	const exitCodes: number[] = [];
	const start: WizardStart = options.start ?? {
		state: initialWizardState({sandbox: options.sandbox ?? false}),
		effects: [],
		events: options.events ?? [],
	};
	const instance = render(
		createElement(SetupWizard, {
			actions: world.actions,
			initial: start,
			clock,
			onDone(code) {
				exitCodes.push(code);
			},
			urls: {apiUrl: 'https://api.box.com', uploadUrl: 'https://upload.box.com/api'},
			...options.props,
		}),
	);
	if (options.size) {
		resize(instance.stdout, options.size);
	}

	return {
		world,
		clock,
		exitCodes,
		instance,
		...drawnScreen(instance),
	};
}

export type Wizard = ReturnType<typeof drawWizard>;

/** The screen text with the wrapping undone, to match sentences that span lines. */
export function unwrapped(screen: string): string {
	return screen.replaceAll(/[│╭╮╰╯─]/g, ' ').replaceAll(/\s+/g, ' ');
}

/** The checklist's column alone, its wrapped lines joined: it is 28 wide after a 1-space margin. */
export function checklistColumn(screen: string): string {
	return screen
		.split('\n')
		.map((line) => line.slice(0, 29))
		.join(' ')
		.replaceAll(/\s+/g, ' ');
}
