import {type CommandInput, UsageError} from '../command-input.js';

export const profilesUsage =
	'boxauth profiles add NAME --auth-type TYPE [options] | list [--json] | remove NAME | default NAME';

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

/** Refuses the flags that belong to another action of `boxauth profiles`. */
export function refuseFlagsBut(
	input: CommandInput,
	action: string,
	allowed: readonly string[],
): void {
	for (const flag of Object.keys(input.flags)) {
		// --sandbox is boxauth's own, taken by every command.
		if (flag !== 'sandbox' && !allowed.includes(flag)) {
			throw new UsageError(
				`--${flag} does not go with boxauth profiles ${action}. Usage: ${profilesUsage}`,
			);
		}
	}
}
