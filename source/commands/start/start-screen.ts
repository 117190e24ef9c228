import {configFolder} from '../../profiles/config-folder.js';
import {readSettings} from '../../profiles/settings-file.js';
import {waitingSetups} from '../../profiles/setup-drafts.js';
import type {NextStep} from '../../ui/app.js';
import type {Terminal} from '../../ui/terminal.js';
import type {CommandInput} from '../command-input.js';
import {handOver} from '../hand-over.js';
import type {SavedSandbox} from '../shared/connect-profile.js';

/** The command a choice on the start screen opens, run as if typed. */
async function runNext(next: NextStep, input: CommandInput): Promise<number> {
	if (next.command === 'dashboard') {
		return handOver('dashboard', input, {});
	}

	return handOver('setup', input, {
		sandbox: next.sandbox,
		...(next.profile === undefined ? {} : {profile: next.profile}),
	});
}

/**
 * `boxauth` with no command: the start screen, with the profiles there are and the setups left
 * waiting for the admin; what is chosen there runs once the screen is gone.
 */
export async function runStartScreen(input: CommandInput, terminal: Terminal): Promise<number> {
	const configDir = configFolder(input.environment);
	const {settings} = await readSettings(configDir, input.now);
	const {runInteractive} = await import('../../ui/run-interactive.js');
	let started: SavedSandbox | undefined;
	const {exitCode, next} = await runInteractive(
		{
			// The `boxauth sandbox` running for this config folder, if one is: never a second one.
			async startSandbox() {
				const {openSavedSandbox} = await import('../shared/connect-profile.js');
				started ??= await openSavedSandbox(configDir, (message) => {
					input.streams.stderr.write(`${message}\n`);
				});
				return started.describe();
			},
			profileNames: Object.keys(settings.profiles),
			waitingSetups: await waitingSetups(configDir),
		},
		input.flags['sandbox'] === true,
		terminal,
	);
	await started?.close();
	return next ? runNext(next, input) : exitCode;
}
