import {render} from 'ink';
import {App, type AppActions, type NextStep} from './app.js';
import type {Terminal} from './terminal.js';

/**
 * Draws the interactive app until the user leaves; resolves to the exit code, and to the screen
 * to open next when the user chose one that lives in a command (the setup wizard).
 */
export async function runInteractive(
	actions: AppActions,
	startWithSandbox: boolean,
	terminal: Terminal,
): Promise<{exitCode: number; next?: NextStep}> {
	let exitCode = 0;
	let next: NextStep | undefined;
	const instance = render(
		<App
			actions={actions}
			onExit={(code) => {
				exitCode = code;
			}}
			onNext={(step) => {
				next = step;
			}}
			startWithSandbox={startWithSandbox}
		/>,
		{exitOnCtrlC: false, ...terminal},
	);
	await instance.waitUntilExit();
	return next ? {exitCode, next} : {exitCode};
}
