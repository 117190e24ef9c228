import {render} from 'ink';
import {SetupWizard, type SetupWizardProps} from './setup-wizard.js';

/** Draws the setup wizard until the user leaves it; resolves to the exit code. */
export async function runSetupWizard(props: Omit<SetupWizardProps, 'onDone'>): Promise<number> {
	// Left without a word (the terminal closed): as if Esc was pressed.
	let exitCode = 1;
	const instance = render(
		<SetupWizard
			{...props}
			onDone={(code) => {
				exitCode = code;
			}}
		/>,
		{exitOnCtrlC: false},
	);
	await instance.waitUntilExit();
	return exitCode;
}
