/** What the command line gave a command, after the command's name. */
export type CommandInput = {
	flags: Readonly<Record<string, string | boolean | undefined>>;
	/** Words after the command's name (for `profiles add NAME`: `add`, `NAME`). */
	positionals: readonly string[];
	environment: Readonly<Record<string, string | undefined>>;
};

/**
 * Set by the dashboard when it runs setup for the person: setup then ends where it would have
 * opened a dashboard, since the one that ran it comes back. Never a command-line flag.
 */
export const backToDashboard = 'internal-back-to-dashboard';

/** Bad usage: the message is printed and boxauth exits 2. */
export class UsageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UsageError';
	}
}

/** A flag's text value, or undefined; a value flag typed without a value is bad usage. */
export function stringFlag(input: CommandInput, name: string): string | undefined {
	const value = input.flags[name];
	if (value === undefined) {
		return undefined;
	}

	if (typeof value !== 'string' || value === '') {
		throw new UsageError(`--${name} needs a value, as in --${name} VALUE.`);
	}

	return value;
}

export const booleanFlag = (input: CommandInput, name: string) => input.flags[name] === true;

/** One of a flag's allowed values; anything else is bad usage that lists them. */
export function choiceFlag<Choice extends string>(
	input: CommandInput,
	name: string,
	choices: readonly Choice[],
	fallback: Choice,
): Choice {
	const value = stringFlag(input, name);
	if (value === undefined) {
		return fallback;
	}

	if (!(choices as readonly string[]).includes(value)) {
		throw new UsageError(`--${name} takes one of ${choices.join(', ')}; got "${value}".`);
	}

	return value as Choice;
}
