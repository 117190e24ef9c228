import {commandList, globalFlags} from '../commands/command-list.js';
import {authTypeWords} from '../commands/profiles/auth-types.js';
import {troubleshootingMarkdown} from '../diagnosis/troubleshooting-markdown.js';
import {sandboxGuessesMarkdown} from '../sandbox/answers/answers-markdown.js';
import {authTypeChoices} from '../wizard/auth-type-choices.js';

/** The word `--auth-type` takes for each auth type. */
const flagWord = Object.fromEntries(
	Object.entries(authTypeWords).map(([word, authType]) => [authType, word]),
);

// The parts of readme.md that are made from the code, so that they cannot drift from it:
// `npm run readme` writes them, and a test fails when readme.md is out of date.

export const generatedSections = {
	commands: () =>
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
	'auth-types': () =>
		[
			'| auth type | `--auth-type` | best for | trade-off | token life |',
			'|---|---|---|---|---|',
			...authTypeChoices.map(
				(choice) =>
					`| ${choice.label} | \`${flagWord[choice.authType]}\` | ${choice.bestFor} | ${choice.tradeOff} | ${choice.tokenLife} |`,
			),
		].join('\n'),
	troubleshooting: troubleshootingMarkdown,
	'sandbox-guesses': sandboxGuessesMarkdown,
} as const;

export type SectionName = keyof typeof generatedSections;

const markers = (name: SectionName) => [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`] as const;

/** readme.md with each generated section replaced by what the code says now. */
export function withGeneratedSections(readme: string): string {
	let result = readme;
	for (const name of Object.keys(generatedSections) as SectionName[]) {
		const [start, end] = markers(name);
		const from = result.indexOf(start);
		const to = result.indexOf(end);
		if (from === -1 || to < from) {
			throw new Error(`readme.md has no ${start} … ${end} markers`);
		}

		result = `${result.slice(0, from + start.length)}\n${generatedSections[name]().trim()}\n${result.slice(to)}`;
	}

	return result;
}
