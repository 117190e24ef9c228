import {type CommandInput, UsageError} from '../command-input.js';
import {findCommand} from '../command-list.js';

/** The usage line of `boxauth profiles`, as the command table writes it. */
export const profilesUsage = findCommand('profiles')?.usage ?? 'boxauth profiles --help';

/** The NAME after `remove` or `default`: exactly one. */
export function profileNameOf(input: CommandInput, action: 'remove' | 'default'): string {
	const [, name, ...rest] = input.positionals;
	if (name === undefined || rest.length > 0) {
		throw new UsageError(
			`Usage: boxauth profiles ${action} NAME (boxauth profiles list shows the names).`,
		);
	}

	return name;
}
