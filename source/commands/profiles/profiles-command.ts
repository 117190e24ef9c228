import {type CommandInput, UsageError} from '../command-input.js';
import {profilesUsage} from './action-input.js';
import {defaultProfileCommand} from './default-profile.js';
import {listProfilesCommand} from './list-profiles.js';
import {removeProfileCommand} from './remove-profile.js';

/**
 * `boxauth profiles add|import|list|remove|default`: make profiles without the wizard, or bring
 * them in from Box CLI, and keep them.
 */
export async function run(input: CommandInput): Promise<number> {
	const [action] = input.positionals;
	switch (action) {
		case 'add': {
			// Only adding talks to Box: the other actions need not load the network code.
			const {addProfile} = await import('./add-profile.js');
			return addProfile(input);
		}

		case 'import': {
			// Talks to Box, as adding does: loaded only when it runs.
			const {importProfilesCommand} = await import('./import-profiles.js');
			return importProfilesCommand(input);
		}

		case 'list': {
			if (input.positionals.length > 1) {
				throw new UsageError('boxauth profiles list takes no NAME; it lists them all.');
			}

			return listProfilesCommand(input);
		}

		case 'remove': {
			return removeProfileCommand(input);
		}

		case 'default': {
			return defaultProfileCommand(input);
		}

		case undefined: {
			throw new UsageError(`boxauth profiles needs an action. Usage: ${profilesUsage}`);
		}

		default: {
			throw new UsageError(
				`Unknown action "${action}" for boxauth profiles. Usage: ${profilesUsage}`,
			);
		}
	}
}
