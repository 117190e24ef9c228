// `boxauth explain`: reads a failure pasted on stdin and says what it means and what to do.
// Plain text only, so that it starts fast and never loads Ink or React.

import {diagnose, isRecognised} from '../../diagnosis/diagnose.js';
import {parsePastedFailure} from '../../diagnosis/pasted-failure/parse-pasted-failure.js';
import {booleanFlag, type CommandInput, readStandardInput, UsageError} from '../command-input.js';
import {formatExplanation} from './format-explanation.js';

export type ExplainOptions = {json: boolean};

const usage = [
	'Paste the error you got from Box, and boxauth explains it.',
	'',
	'  boxauth explain < error.txt',
	'',
	'or run `boxauth explain`, paste the error, then press Ctrl+D (Ctrl+Z then Enter on Windows).',
].join('\n');

/** Exit 0 when the failure is recognised, 1 when not (general advice still given), 2 on no input. */
export function explainCommand(
	input: string,
	options: ExplainOptions,
): {output: string; exitCode: number} {
	if (input.trim() === '') {
		return {output: usage, exitCode: 2};
	}

	const failure = parsePastedFailure(input);
	const diagnosis = diagnose(failure);
	const recognised = isRecognised(diagnosis);
	return {
		output: options.json
			? JSON.stringify({recognised, failure, diagnosis}, null, 2)
			: formatExplanation(failure, diagnosis, recognised),
		exitCode: recognised ? 0 : 1,
	};
}

export async function run(input: CommandInput): Promise<number> {
	if (input.positionals.length > 0) {
		throw new UsageError(
			`boxauth explain reads the error on stdin, not as arguments: boxauth explain < error.txt`,
		);
	}

	if (process.stdin.isTTY) {
		process.stderr.write('Paste the error, then press Ctrl+D on a line of its own:\n');
	}

	const {output, exitCode} = explainCommand(await readStandardInput(), {
		json: booleanFlag(input, 'json'),
	});
	(exitCode === 2 ? process.stderr : process.stdout).write(`${output}\n`);
	return exitCode;
}
