// `boxauth explain`: reads a failure pasted on stdin and says what it means and what to do; with
// --list or --show, reads nothing and names or prints the troubleshooting entries instead.
// Plain text only, so that it starts fast and never loads Ink or React.

import type {Failure} from '../../box/failure.js';
import {maskSecrets, withoutControls} from '../../box/mask-secrets.js';
import {diagnose, isRecognised} from '../../diagnosis/diagnose.js';
import {parsePastedFailure} from '../../diagnosis/pasted-failure/parse-pasted-failure.js';
import {booleanFlag, type CommandInput, stringFlag, UsageError} from '../command-input.js';
import {jsonText, printJson} from '../shared/json-output.js';
import {readBounded} from '../shared/read-stdin.js';
import {formatExplanation} from './format-explanation.js';
import {entryList, listEntries, showEntry, showEntryDiagnosis} from './troubleshooting-entries.js';

export type ExplainOptions = {
	json: boolean;
	/** JSON with two-space indents, for a person at a terminal; one line otherwise. */
	pretty?: boolean;
};

const usage = [
	'Paste the error you got from Box, and boxauth explains it.',
	'',
	'  boxauth explain < error.txt',
	'',
	'or run `boxauth explain`, paste the error, then press Ctrl+D (Ctrl+Z then Enter on Windows).',
	'',
	'To read the advice without an error at hand: boxauth explain --list names every error boxauth',
	'knows, and boxauth explain --show ID prints what it says about one.',
].join('\n');

// The failure is at the end of a log, and the parser reads no more than its last 100,000
// characters; past 16 MB the input is more likely endless (`yes |`) than a log worth reading on.
const keptBytes = 100_000;
const readBytes = 16 * 1024 * 1024;

/** What stderr says when the explanation is of only part of the input. */
function cutNote(stopped: boolean): string {
	const kept = `${keptBytes / 1000} KB`;
	return stopped
		? `The input went on past ${readBytes / 1024 / 1024} MB, so boxauth stopped reading it and explains the last ${kept} it read. To explain the end of a long log: tail -c ${keptBytes} file.log | boxauth explain`
		: `The input is longer than ${kept}: boxauth explains its last ${kept}, where a log ends with the failure.`;
}

// The parser masks the paste before reading it, but decodes what it reads: a JSON string's
// `\u001b` turns back into an escape, and `\u0041` or `%41` can hide a token's letters from the
// masker. So every field is masked again as decoded; a request ID, plainly an ID and kept for
// Box support, only loses its control characters.
function maskedField(name: string, value: unknown): unknown {
	if (typeof value === 'string') {
		return name === 'requestId' ? withoutControls(value) : maskSecrets(value);
	}

	return typeof value === 'object' && value !== null
		? Object.fromEntries(
				Object.entries(value).map(([key, inner]) => [key, maskedField(key, inner)]),
			)
		: value;
}

/** Exit 0 when the failure is recognised, 1 when not (general advice still given), 2 on no input. */
export function explainCommand(
	input: string,
	options: ExplainOptions,
): {output: string; exitCode: number} {
	if (input.trim() === '') {
		return {output: usage, exitCode: 2};
	}

	const failure = maskedField('failure', parsePastedFailure(input)) as Failure;
	const diagnosis = diagnose(failure);
	const recognised = isRecognised(diagnosis);
	return {
		output: options.json
			? jsonText({recognised, failure, diagnosis}, options.pretty === true)
			: formatExplanation(failure, diagnosis, recognised),
		exitCode: recognised ? 0 : 1,
	};
}

export async function run(input: CommandInput): Promise<number> {
	const json = booleanFlag(input, 'json');
	const list = booleanFlag(input, 'list');
	const show = stringFlag(input, 'show');
	if (input.positionals.length > 0) {
		throw new UsageError(
			`boxauth explain reads the error on stdin, not as arguments: boxauth explain < error.txt. For one troubleshooting entry: boxauth explain --show ID (IDs from boxauth explain --list).`,
		);
	}

	if (list && show !== undefined) {
		throw new UsageError('boxauth explain takes --list or --show ID, not both.');
	}

	if (list) {
		if (json) {
			printJson(input.streams.stdout, {entries: entryList()});
		} else {
			input.streams.stdout.write(`${listEntries()}\n`);
		}

		return 0;
	}

	if (show !== undefined) {
		if (json) {
			printJson(input.streams.stdout, showEntryDiagnosis(show));
		} else {
			input.streams.stdout.write(`${showEntry(show)}\n`);
		}

		return 0;
	}

	if (input.streams.stdin.isTTY) {
		input.streams.stderr.write('Paste the error, then press Ctrl+D on a line of its own:\n');
	}

	const read = await readBounded(input.streams.stdin, keptBytes, readBytes);
	if (read.cut) {
		input.streams.stderr.write(`${cutNote(read.stopped)}\n`);
	}

	const {output, exitCode} = explainCommand(read.text, {
		json,
		pretty: input.streams.stdout.isTTY === true,
	});
	(exitCode === 2 ? input.streams.stderr : input.streams.stdout).write(`${output}\n`);
	return exitCode;
}
