import type {
	CompletedCommand,
	CompletedFlag,
	CompletionWords,
	FlagValue,
} from './completion-words.js';

/** Text in fish's single quotes, where a backslash escapes the quote and itself. */
const quoted = (text: string) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/** What fish is told of a flag's value: -x for one to type, -r -F for a file, -a for choices. */
function valueOptions(value: FlagValue, listNames: string): string[] {
	switch (value.kind) {
		case 'none': {
			return [];
		}

		case 'text': {
			return ['-x'];
		}

		case 'path': {
			return ['-r', '-F'];
		}

		case 'profile': {
			return ['-x', '-a', quoted(listNames)];
		}

		case 'words': {
			return ['-x', '-a', quoted(value.words.join(' '))];
		}
	}
}

/** One `complete` line for a flag; `condition` limits it to a command. */
function flagLine(flag: CompletedFlag, listNames: string, condition?: string): string {
	const when = condition === undefined ? [] : ['-n', quoted(condition)];
	return [
		'complete -c boxauth',
		...when,
		'-l',
		flag.word.slice(2),
		...valueOptions(flag.value, listNames),
		'-d',
		quoted(flag.description),
	].join(' ');
}

/** A command's lines: its flags, the words it takes first, and profile names after some. */
function commandLines(command: CompletedCommand, listNames: string): string[] {
	const using = `__fish_seen_subcommand_from ${command.name}`;
	const actions = command.actions.join(' ');
	return [
		...command.flags.map((flag) => flagLine(flag, listNames, using)),
		...(command.actions.length === 0
			? []
			: [
					`complete -c boxauth -n ${quoted(`${using}; and not __fish_seen_subcommand_from ${actions}`)} -a ${quoted(actions)}`,
				]),
		...(command.profileActions.length === 0
			? []
			: [
					`complete -c boxauth -n ${quoted(`${using}; and __fish_seen_subcommand_from ${command.profileActions.join(' ')}`)} -a ${quoted(listNames)}`,
				]),
	];
}

/** The fish script: `complete` lines, to be saved in fish's completions folder. */
export function fishScript(words: CompletionWords): string {
	const listNames = `(${words.listProfileNames} 2>/dev/null)`;
	return [
		"# boxauth's completion for fish, made by `boxauth completion fish` from boxauth's command table.",
		'# Save it with: boxauth completion fish > ~/.config/fish/completions/boxauth.fish',
		'complete -c boxauth -f',
		...words.commands.map(
			(command) =>
				`complete -c boxauth -n __fish_use_subcommand -a ${command.name} -d ${quoted(command.summary)}`,
		),
		...words.globalFlags.map((flag) => flagLine(flag, listNames)),
		...words.commands.flatMap((command) => commandLines(command, listNames)),
		'',
	].join('\n');
}
