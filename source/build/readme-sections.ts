import {authTypes} from '../box/auth-types.js';
import {commandList, globalFlags} from '../commands/command-list.js';
import {troubleshootingMarkdown} from '../diagnosis/troubleshooting-markdown.js';
import {sandboxGuessesMarkdown} from '../sandbox/answers/answers-markdown.js';
import {authTypeChoices} from '../wizard/auth-type-choices.js';

// The parts of readme.md and docs/ that are made from the code, so that they cannot drift from
// it: `npm run readme` writes them, and a test fails when a file is out of date. Each section
// names the file that holds it (a path from the repository's root).

const generatedSections = {
	'auth-types': {
		file: 'readme.md',
		make: () =>
			[
				'| auth type | `--auth-type` | best for | trade-off | token life |',
				'|---|---|---|---|---|',
				...authTypeChoices.map(
					(choice) =>
						`| ${choice.label} | \`${authTypes[choice.authType].flagWord}\` | ${choice.bestFor} | ${choice.tradeOff} | ${choice.tokenLife} |`,
				),
			].join('\n'),
	},
	commands: {
		file: 'docs/commands.md',
		make: () =>
			[
				'| command | what it does |',
				'|---|---|',
				'| `boxauth` | interactive: the start screen (needs a terminal) |',
				...commandList.map(
					(command) => `| \`${command.usage.replaceAll('|', '\\|')}\` | ${command.summary} |`,
				),
				'',
				'| flag | with | meaning |',
				'|---|---|---|',
				...globalFlags.map((flag) => `| \`--${flag.name}\` | any command | ${flag.description} |`),
				...commandList.flatMap((command) =>
					command.flags.map(
						(flag) =>
							`| \`--${flag.name}${flag.value ? ` ${flag.value}` : ''}\` | \`${command.name}\` | ${flag.description.replaceAll('|', '\\|')} |`,
					),
				),
			].join('\n'),
	},
	'sandbox-guesses': {file: 'docs/sandbox.md', make: sandboxGuessesMarkdown},
	troubleshooting: {file: 'docs/troubleshooting.md', make: troubleshootingMarkdown},
} as const;

type SectionName = keyof typeof generatedSections;

const sectionNames = Object.keys(generatedSections) as SectionName[];

/** Every file that holds a generated section. */
export const generatedFiles = [
	...new Set(sectionNames.map((name) => generatedSections[name].file)),
];

const markers = (name: SectionName) => [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`] as const;

/** The text of `file` with each generated section it holds replaced by what the code says now. */
export function withGeneratedSections(file: string, text: string): string {
	let result = text;
	for (const name of sectionNames.filter((each) => generatedSections[each].file === file)) {
		const [start, end] = markers(name);
		const from = result.indexOf(start);
		const to = result.indexOf(end);
		if (from === -1 || to < from) {
			throw new Error(`${file} has no ${start} … ${end} markers`);
		}

		result = `${result.slice(0, from + start.length)}\n${generatedSections[name].make().trim()}\n${result.slice(to)}`;
	}

	return result;
}
