import {render} from 'ink';
import type {DashboardActions, DashboardExit} from '../../tokens/dashboard-actions.js';
import {realClock} from '../components/clock.js';
import type {Terminal} from '../terminal.js';
import {Dashboard} from './dashboard.js';

// The alternate screen keeps the cursor where it was: home it, or the first frame starts mid-screen.
const enterAlternateScreen = '\u001B[?1049h\u001B[H';
const leaveAlternateScreen = '\u001B[?1049l';

export type RunDashboardProps = {
	readonly actions: DashboardActions;
	readonly now: () => number;
	/** In [0, 1): the renewal jitter of each profile is drawn from it. */
	readonly random: () => number;
	/** For screen readers: the normal screen, no ticking, a line said for each change. */
	readonly plain: boolean;
	readonly terminal: Terminal;
};

/**
 * Draws the dashboard until the user leaves it, on the alternate screen (the terminal's own
 * lines come back afterwards) unless --plain; resolves to what the user chose on leaving.
 */
export async function runDashboard(props: RunDashboardProps): Promise<DashboardExit> {
	// Left without a word (the terminal closed): as if q was pressed.
	let chosen: DashboardExit = {exitCode: 0};
	const alternate = !props.plain;
	if (alternate) {
		props.terminal.stdout.write(enterAlternateScreen);
	}

	try {
		const instance = render(
			<Dashboard
				actions={props.actions}
				clock={realClock(props.now)}
				onExit={(exit) => {
					chosen = exit;
				}}
				plain={props.plain}
				random={props.random}
			/>,
			{exitOnCtrlC: false, ...props.terminal},
		);
		await instance.waitUntilExit();
	} finally {
		if (alternate) {
			props.terminal.stdout.write(leaveAlternateScreen);
		}
	}

	return chosen;
}
