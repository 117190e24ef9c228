import type {CommandInput} from './command-input.js';
import {findCommand} from './command-list.js';

/**
 * Runs another command as if the person had typed it with these flags and no words (the dashboard's doctor and setup, setup's
 * dashboard at the end, login's setup), through the command table, so that no command imports
 * another command's files.
 */
export async function handOver(
	name: string,
	from: CommandInput,
	flags: CommandInput['flags'],
): Promise<number> {
	const command = findCommand(name);
	if (!command) {
		throw new Error(`no command named ${name} to hand over to`);
	}

	return (await command.load()).run({...from, flags, positionals: []});
}
