import {render} from 'ink';
import {realClock} from '../components/clock.js';
import type {Terminal} from '../terminal.js';
import {SetupWizard, type SetupWizardProps} from './setup-wizard.js';

type RunSetupWizardProps = Omit<SetupWizardProps, 'onDone' | 'clock'> & {
	readonly now: () => number;
	readonly terminal: Terminal;
};

/**
 * Draws the setup wizard until the user leaves it; resolves to the exit code, and to the
 * dashboard when the user asked to go on to it.
 */
export async function runSetupWizard({
	now,
	terminal,
	...props
}: RunSetupWizardProps): Promise<{exitCode: number; next?: 'dashboard'}> {
	// Left without a word (the terminal closed): as if q was pressed.
	let left: {exitCode: number; next?: 'dashboard'} = {exitCode: 1};
	const instance = render(
		<SetupWizard
			{...props}
			clock={realClock(now)}
			onDone={(exitCode, next) => {
				left = next ? {exitCode, next} : {exitCode};
			}}
		/>,
		{exitOnCtrlC: false, ...terminal},
	);
	await instance.waitUntilExit();
	return left;
}
