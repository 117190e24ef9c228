import {authTypeFlagWords} from '../../box/auth-types.js';
import type {CommandHelp, FlagHelp} from '../command-list.js';

// What the completion scripts offer, worked out from the command table, so that a command or
// flag added to the table is completed in every shell without touching a script.

/** What to offer after a flag. */
export type FlagValue =
	| {kind: 'none'}
	/** Free text, such as an ID: nothing to offer. */
	| {kind: 'text'}
	| {kind: 'path'}
	/** A saved profile's name, asked of boxauth at the moment of completing. */
	| {kind: 'profile'}
	| {kind: 'words'; words: readonly string[]};

export type CompletedFlag = {
	/** As typed: `--profile`. */
	word: string;
	description: string;
	value: FlagValue;
};

export type CompletedCommand = {
	name: string;
	summary: string;
	/** Its own flags; the global ones go with every command. */
	flags: CompletedFlag[];
	/** The words it takes first: add, list, remove and default for `profiles`. */
	actions: readonly string[];
	/** The actions followed by a saved profile's name. */
	profileActions: readonly string[];
};

export type CompletionWords = {
	commands: CompletedCommand[];
	globalFlags: CompletedFlag[];
	/** Every flag that takes a value, once: cli.tsx parses a flag the same way for every command. */
	valueFlags: CompletedFlag[];
	/** The command line that prints the saved profiles' names, one a line. */
	listProfileNames: string;
};

/** The hidden word that makes `boxauth completion` print the profile names for the scripts. */
export const profileNamesWord = '__profile-names';

// `profiles add NAME` names a new profile; only these take one already saved.
const profileActions: Readonly<Record<string, readonly string[]>> = {
	profiles: ['remove', 'default'],
};

/**
 * The words a command takes first, as its usage spells them: `boxauth profiles add NAME … | list
 * [--json]` gives add and list, and a usage of flags alone gives none.
 */
function actionsIn(command: CommandHelp): string[] {
	return command.usage
		.slice(`boxauth ${command.name}`.length)
		.split(' | ')
		.map((alternative) => alternative.trim().split(' ')[0] ?? '')
		.filter((word) => /^[a-z]/.test(word));
}

/** The values a usage lists for a flag, as in `--format raw|header|curl`; none when it lists none. */
function valuesIn(usage: string, flag: string): string[] {
	return new RegExp(`--${flag} ([\\w-]+(?:\\|[\\w-]+)+)`).exec(usage)?.[1]?.split('|') ?? [];
}

function flagValue(flag: FlagHelp, usage: string): FlagValue {
	if (flag.value === undefined) {
		return {kind: 'none'};
	}

	if (flag.name === 'profile') {
		return {kind: 'profile'};
	}

	if (flag.name === 'auth-type') {
		return {kind: 'words', words: authTypeFlagWords};
	}

	if (flag.value === 'PATH') {
		return {kind: 'path'};
	}

	const listed = valuesIn(usage, flag.name);
	return listed.length > 0 ? {kind: 'words', words: listed} : {kind: 'text'};
}

const completedFlag = (flag: FlagHelp, usage = ''): CompletedFlag => ({
	word: `--${flag.name}`,
	description: flag.description,
	value: flagValue(flag, usage),
});

export function completionWords(
	commandList: readonly CommandHelp[],
	globalFlags: readonly FlagHelp[],
): CompletionWords {
	const commands: CompletedCommand[] = commandList.map((command) => ({
		name: command.name,
		summary: command.summary,
		flags: command.flags.map((flag) => completedFlag(flag, command.usage)),
		actions: actionsIn(command),
		profileActions: profileActions[command.name] ?? [],
	}));
	// cli.tsx answers `boxauth help COMMAND` itself: it is in no table, but people type it.
	const help: CompletedCommand = {
		name: 'help',
		summary: 'Show help for a command',
		flags: [],
		actions: commands.map((command) => command.name),
		profileActions: [],
	};
	const global = globalFlags.map((flag) => completedFlag(flag));
	const everyFlag = [...global, ...commands.flatMap((command) => command.flags)];
	return {
		commands: [...commands, help],
		globalFlags: global,
		valueFlags: everyFlag.filter(
			(flag, index) =>
				flag.value.kind !== 'none' &&
				everyFlag.findIndex((other) => other.word === flag.word) === index,
		),
		listProfileNames: `boxauth completion ${profileNamesWord}`,
	};
}
