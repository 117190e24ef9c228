// `boxauth completion SHELL`: the shell's completion script on stdout, made from the command
// table. The scripts ask `boxauth completion __profile-names` for the profile names at each Tab
// press, so that path reads the settings file and nothing else: no conf, no Ink, no React.

import {configFolder} from '../../profiles/config-folder.js';
import {readProfileNames} from '../../profiles/settings-file.js';
import {closestWord} from '../closest-word.js';
import {type CommandInput, UsageError} from '../command-input.js';
import {commandList, globalFlags} from '../command-list.js';
import {bashScript} from './bash-script.js';
import {completionWords, profileNamesWord} from './completion-words.js';
import {fishScript} from './fish-script.js';
import {powershellScript} from './powershell-script.js';
import {zshScript} from './zsh-script.js';

export const shellScripts = {
	bash: bashScript,
	zsh: zshScript,
	fish: fishScript,
	powershell: powershellScript,
};

type Shell = keyof typeof shellScripts;

const shells = Object.keys(shellScripts) as Shell[];
const usage = `boxauth completion ${shells.join(' | ')}`;

const isShell = (word: string): word is Shell => (shells as string[]).includes(word);

/** One name a line; nothing at all on any trouble, since a Tab press has nowhere to show it. */
async function printProfileNames({environment, streams}: CommandInput): Promise<number> {
	try {
		const names = await readProfileNames(configFolder(environment));
		if (names.length > 0) {
			streams.stdout.write(`${names.join('\n')}\n`);
		}
	} catch {
		// configFolder asks the system for the home folder, which can fail; the names never do.
	}

	return 0;
}

export async function run(input: CommandInput): Promise<number> {
	const [shell, ...rest] = input.positionals;
	if (shell === profileNamesWord) {
		return printProfileNames(input);
	}

	if (shell === undefined) {
		throw new UsageError(`boxauth completion needs a shell. Usage: ${usage}`);
	}

	if (!isShell(shell)) {
		const meant = closestWord(shell, shells);
		throw new UsageError(
			`No completion for "${shell}".${meant === undefined ? '' : ` Did you mean boxauth completion ${meant}?`} Usage: ${usage}`,
		);
	}

	if (rest.length > 0) {
		throw new UsageError(
			`boxauth completion takes one shell, but was also given: ${rest.join(' ')}. Usage: ${usage}`,
		);
	}

	input.streams.stdout.write(shellScripts[shell](completionWords(commandList, globalFlags)));
	return 0;
}
