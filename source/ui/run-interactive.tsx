import {render} from 'ink';
import {App, type AppActions} from './app.js';

/** Draws the interactive app until the user leaves; resolves to the exit code. */
export async function runInteractive(
	actions: AppActions,
	startWithSandbox: boolean,
): Promise<number> {
	let exitCode = 0;
	const instance = render(
		<App
			actions={actions}
			onExit={(code) => {
				exitCode = code;
			}}
			startWithSandbox={startWithSandbox}
		/>,
		{exitOnCtrlC: false},
	);
	await instance.waitUntilExit();
	return exitCode;
}
