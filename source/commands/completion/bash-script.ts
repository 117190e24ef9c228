import type {CompletedCommand, CompletedFlag, CompletionWords} from './completion-words.js';

// Every word offered is a plain one (letters, digits, dashes: a test keeps it so), so the lists
// go in single quotes as they are. The script keeps to bash 3.2, the one macOS ships.

const list = (words: readonly string[]) => `'${words.join(' ')}'`;
const flagWords = (flags: readonly CompletedFlag[]) => flags.map((flag) => flag.word);

/** The `case $prev` branches: what to offer as the value of the flag just typed. */
function valueBranches(words: CompletionWords): string[] {
	const ofKind = (kind: CompletedFlag['value']['kind']) =>
		words.valueFlags.filter((flag) => flag.value.kind === kind).map((flag) => flag.word);
	const branches: string[] = [];
	const profile = ofKind('profile');
	if (profile.length > 0) {
		branches.push(
			`\t\t${profile.join('|')})`,
			`\t\t\tCOMPREPLY=($(compgen -W "$(${words.listProfileNames} 2>/dev/null)" -- "$cur"))`,
			'\t\t\treturn ;;',
		);
	}

	for (const flag of words.valueFlags) {
		if (flag.value.kind === 'words') {
			branches.push(
				`\t\t${flag.word})`,
				`\t\t\tCOMPREPLY=($(compgen -W ${list(flag.value.words)} -- "$cur"))`,
				'\t\t\treturn ;;',
			);
		}
	}

	const path = ofKind('path');
	if (path.length > 0) {
		branches.push(
			`\t\t${path.join('|')})`,
			'\t\t\tcompopt -o filenames 2>/dev/null',
			"\t\t\tlocal IFS=$'\\n'",
			'\t\t\tCOMPREPLY=($(compgen -f -- "$cur"))',
			'\t\t\treturn ;;',
		);
	}

	const text = ofKind('text');
	if (text.length > 0) {
		branches.push(`\t\t${text.join('|')})`, '\t\t\treturn ;;');
	}

	return branches;
}

/** The `case $command` branch for a command that takes words first (`profiles add`). */
function actionBranch(command: CompletedCommand, words: CompletionWords): string[] {
	if (command.actions.length === 0) {
		return [];
	}

	const names =
		command.profileActions.length === 0
			? []
			: [
					`\t\t\t\t${command.profileActions.map((action) => `2:${action}`).join('|')})`,
					`\t\t\t\t\twords=$(${words.listProfileNames} 2>/dev/null) ;;`,
				];
	return [
		`\t\t${command.name})`,
		'\t\t\tcase $count:$action in',
		`\t\t\t\t1:*) words=${list(command.actions)} ;;`,
		...names,
		'\t\t\tesac ;;',
	];
}

/** The bash script: a completion function for `complete -F`, and its registration. */
export function bashScript(words: CompletionWords): string {
	return [
		"# boxauth's completion for bash, made by `boxauth completion bash` from boxauth's command table.",
		'# For this shell: source <(boxauth completion bash); for every one: boxauth completion bash >> ~/.bashrc',
		'_boxauth() {',
		'\tCOMPREPLY=()',
		`\tlocal cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]} words=`,
		'\t# Bash splits --flag=value at the "=": complete the value as after --flag value.',
		'\tif [[ $cur == = ]]; then',
		'\t\tcur=',
		'\telif [[ $prev == = ]]; then',
		`\t\tprev=\${COMP_WORDS[COMP_CWORD-2]}`,
		'\tfi',
		'',
		'\tcase $prev in',
		...valueBranches(words),
		'\tesac',
		'',
		'\t# The command and the word after it, passing over flags and their values.',
		'\tlocal command= action= count=0 i',
		'\tfor ((i = 1; i < COMP_CWORD; i++)); do',
		`\t\tcase \${COMP_WORDS[i]} in`,
		`\t\t\t${flagWords(words.valueFlags).join('|')})`,
		'\t\t\t\ti=$((i + 1))',
		`\t\t\t\tif [[ \${COMP_WORDS[i]} == = ]]; then i=$((i + 1)); fi ;;`,
		'\t\t\t-*) ;;',
		'\t\t\t*)',
		'\t\t\t\tcase $count in',
		`\t\t\t\t\t0) command=\${COMP_WORDS[i]} ;;`,
		`\t\t\t\t\t1) action=\${COMP_WORDS[i]} ;;`,
		'\t\t\t\tesac',
		'\t\t\t\tcount=$((count + 1)) ;;',
		'\t\tesac',
		'\tdone',
		'',
		'\tif [[ $cur == -* ]]; then',
		'\t\tcase $command in',
		...words.commands
			.filter((command) => command.flags.length > 0)
			.map((command) => `\t\t\t${command.name}) words=${list(flagWords(command.flags))} ;;`),
		'\t\tesac',
		`\t\tCOMPREPLY=($(compgen -W "$words "${list(flagWords(words.globalFlags))} -- "$cur"))`,
		'\t\treturn',
		'\tfi',
		'',
		'\tcase $command in',
		`\t\t'') words=${list(words.commands.map((command) => command.name))} ;;`,
		...words.commands.flatMap((command) => actionBranch(command, words)),
		'\tesac',
		'\tCOMPREPLY=($(compgen -W "$words" -- "$cur"))',
		'}',
		'complete -F _boxauth boxauth',
		'',
	].join('\n');
}
