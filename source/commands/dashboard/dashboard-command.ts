import {once} from 'node:events';
import {setFlagsFromString} from 'node:v8';
import {openProfiles} from '../../profiles/open-profiles.js';
import type {DashboardExit} from '../../tokens/dashboard-actions.js';
import type {Terminal} from '../../ui/terminal.js';
import {backToDashboard, booleanFlag, type CommandInput, terminalOf} from '../command-input.js';
import {handOver} from '../hand-over.js';
import {connectionOptions} from '../shared/connection-options.js';
import {openingNotices, printNotices} from '../shared/print-notices.js';

/**
 * The command the user chose on the dashboard, run as if typed. Setup runs against the sandbox
 * when every profile is a sandbox one, and comes back here rather than opening a dashboard of its
 * own.
 */
async function runNext(
	next: NonNullable<DashboardExit['next']>,
	input: CommandInput,
	allSandbox: boolean,
): Promise<number> {
	if (next.command === 'doctor') {
		return handOver('doctor', input, next.profile === undefined ? {} : {profile: next.profile});
	}

	return handOver('setup', input, {
		...(allSandbox ? {sandbox: true} : {}),
		[backToDashboard]: true,
	});
}

/** Doctor's report stays on screen until the person is done reading it. */
async function readBeforeGoingBack({stdout, stdin}: Terminal): Promise<boolean> {
	stdout.write('\nEnter: back to the dashboard  ·  q: leave\n');
	// Ink unrefs stdin when its screen ends: without this, the process would end unasked.
	stdin.ref();
	stdin.setRawMode?.(true);
	stdin.resume();
	try {
		for (;;) {
			const [key] = (await once(stdin, 'data')) as [Buffer];
			const typed = key.toString();
			if (typed === '\r' || typed === '\n') {
				return true;
			}

			if (typed === 'q' || typed === '\u001B' || typed === '\u0003') {
				return false;
			}
		}
	} finally {
		stdin.setRawMode?.(false);
		stdin.pause();
		stdin.unref();
	}
}

/**
 * `boxauth dashboard`: every profile's tokens, live, renewed ahead of expiry. Without a terminal
 * (or with --json) it is `boxauth status`: one snapshot, the same table or JSON and exit code,
 * and no Ink loaded.
 */
export async function run(input: CommandInput): Promise<number> {
	const json = booleanFlag(input, 'json');
	const terminal = terminalOf(input.streams);
	if (json || !terminal) {
		return handOver('status', input, {json});
	}

	// The dashboard lives for hours with a small working set: a young generation of 1 MiB and V8's
	// size-over-speed mode keep it from holding on to memory that only start-up needed (npm run
	// bench: about 10 MiB less at its peak, for no CPU time that shows at one frame a minute).
	setFlagsFromString('--max-semi-space-size=1');
	setFlagsFromString('--optimize-for-size');
	for (;;) {
		const exit = await watchOnce(input, terminal);
		if (!exit.next) {
			return exit.exitCode;
		}

		const profiles = await openProfiles({environment: input.environment, now: input.now});
		const listed = Object.values(profiles.settings.profiles);
		const allSandbox = listed.length > 0 && listed.every((profile) => profile?.sandbox);
		const code = await runNext(exit.next, input, allSandbox);
		if (exit.next.command === 'doctor' && !(await readBeforeGoingBack(terminal))) {
			return code;
		}
	}
}

/** The dashboard on screen until the person leaves it, or asks for doctor or setup. */
async function watchOnce(input: CommandInput, terminal: Terminal): Promise<DashboardExit> {
	const profiles = await openProfiles({environment: input.environment, now: input.now});
	printNotices(openingNotices(profiles), terminal.stderr);
	// Loaded only now: the snapshot above needs no network code.
	const {openDashboardSession} = await import('./dashboard-session.js');
	const session = openDashboardSession({
		profiles,
		now: input.now,
		random: Math.random,
		connecting: connectionOptions(input),
	});
	let exit: DashboardExit;
	try {
		const {runDashboard} = await import('../../ui/dashboard/run-dashboard.js');
		exit = await runDashboard({
			actions: session,
			now: input.now,
			random: Math.random,
			plain: booleanFlag(input, 'plain'),
			terminal,
		});
	} finally {
		await session.close();
	}

	// Said once the screen is given back: where secrets went, a secrets file moved aside.
	printNotices(profiles.secrets.takeNotices(), terminal.stderr);
	if (exit.print !== undefined) {
		terminal.stdout.write(`${exit.print}\n`);
	}

	return exit;
}
