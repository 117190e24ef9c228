import {type CommandInput, UsageError} from '../command-input.js';

export const profilesUsage =
	'boxauth profiles add NAME --auth-type TYPE [options] | import --from-box-cli [--dry-run] | list [--json] | remove NAME | default NAME';

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
