import type {CompletedCommand, CompletedFlag, CompletionWords} from './completion-words.js';

/** Text in zsh's single quotes, where only the quote itself needs care. */
const quoted = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;

/** A description inside an `_arguments` spec, where brackets, colons and backslashes are syntax. */
const specText = (text: string) => text.replaceAll(/[\\[\]:]/g, (character) => `\\${character}`);

/** One `_arguments` spec: `--profile=[description]:profile:action`, `=` taking both spellings. */
function flagSpec(flag: CompletedFlag): string {
	const described = `[${specText(flag.description)}]`;
	const message = flag.word.slice(2);
	switch (flag.value.kind) {
		case 'none': {
			return quoted(`${flag.word}${described}`);
		}

		case 'text': {
			return quoted(`${flag.word}=${described}:${message}: `);
		}

		case 'path': {
			return quoted(`${flag.word}=${described}:${message}:_files`);
		}

		case 'profile': {
			return quoted(`${flag.word}=${described}:${message}:_boxauth_profile_names`);
		}

		case 'words': {
			return quoted(`${flag.word}=${described}:${message}:(${flag.value.words.join(' ')})`);
		}
	}
}

/** The `case $words[1]` branch of one command: its flags, then what it takes first. */
function commandBranch(command: CompletedCommand): string[] {
	const actions =
		command.actions.length === 0 ? [] : [quoted(`1: :(${command.actions.join(' ')})`)];
	const profileName = command.profileActions.length === 0 ? [] : [quoted('2: :->profile-name')];
	const specs = [...command.flags.map(flagSpec), ...actions, ...profileName];
	return [
		`\t\t\t\t${command.name})`,
		'\t\t\t\t\t_arguments -C $global_flags \\',
		...specs.map((spec) => `\t\t\t\t\t\t${spec} \\`),
		'\t\t\t\t\t\t&& ret=0',
		...(command.profileActions.length === 0
			? []
			: [
					`\t\t\t\t\tif [[ $state == profile-name && $line[1] == (${command.profileActions.join('|')}) ]]; then`,
					'\t\t\t\t\t\t_boxauth_profile_names && ret=0',
					'\t\t\t\t\tfi',
				]),
		'\t\t\t\t\t;;',
	];
}

/** The zsh script: an `_arguments` completion function that works autoloaded or sourced. */
export function zshScript(words: CompletionWords): string {
	return [
		'#compdef boxauth',
		"# boxauth's completion for zsh, made by `boxauth completion zsh` from boxauth's command table.",
		'# Load it after compinit: source <(boxauth completion zsh); or save it as _boxauth in a folder of $fpath.',
		'',
		'_boxauth_profile_names() {',
		'\tlocal -a names',
		`\tnames=(\${(f)"$(${words.listProfileNames} 2>/dev/null)"})`,
		'\t_wanted profiles expl profile compadd -a names',
		'}',
		'',
		'_boxauth() {',
		'\tlocal curcontext=$curcontext state state_descr line ret=1',
		'\tlocal -A opt_args',
		'\tlocal -a global_flags boxauth_commands',
		'\tglobal_flags=(',
		...words.globalFlags.map((flag) => `\t\t${flagSpec(flag)}`),
		'\t)',
		'\tboxauth_commands=(',
		...words.commands.map((command) => `\t\t${quoted(`${command.name}:${command.summary}`)}`),
		'\t)',
		"\t_arguments -C $global_flags '1: :->command' '*:: :->argument' && ret=0",
		'\tcase $state in',
		'\t\tcommand)',
		"\t\t\t_describe -t commands 'boxauth command' boxauth_commands && ret=0",
		'\t\t\t;;',
		'\t\targument)',
		`\t\t\tcurcontext=\${curcontext%:*:*}:boxauth-$words[1]:`,
		'\t\t\tcase $words[1] in',
		...words.commands.flatMap(commandBranch),
		'\t\t\tesac',
		'\t\t\t;;',
		'\tesac',
		'\treturn ret',
		'}',
		'',
		// Autoloaded from $fpath, this file is the body of _boxauth and completes; sourced, it
		// registers the function.
		'if [[ $funcstack[1] == _boxauth ]]; then',
		'\t_boxauth "$@"',
		'else',
		'\tcompdef _boxauth boxauth',
		'fi',
		'',
	].join('\n');
}
