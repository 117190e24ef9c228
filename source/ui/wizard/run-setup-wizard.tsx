import {render} from 'ink';
import {SetupWizard, type SetupWizardProps} from './setup-wizard.js';

/**
 * Draws the setup wizard until the user leaves it; resolves to the exit code, and to the
 * dashboard when the user asked to go on to it.
 */
export async function runSetupWizard(
	props: Omit<SetupWizardProps, 'onDone'>,
): Promise<{exitCode: number; next?: 'dashboard'}> {
	// Left without a word (the terminal closed): as if Esc was pressed.
	let left: {exitCode: number; next?: 'dashboard'} = {exitCode: 1};
	const instance = render(
		<SetupWizard
			{...props}
			onDone={(exitCode, next) => {
				left = next ? {exitCode, next} : {exitCode};
			}}
		/>,
		{exitOnCtrlC: false},
	);
	await instance.waitUntilExit();
	return left;
}
