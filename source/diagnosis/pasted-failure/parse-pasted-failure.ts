// Whatever the user pasted into `boxauth explain` (a JSON body, a curl transcript, an SDK
// exception, a log line, a bare message), and the text of a failure that carries nothing else,
// turned into the Failure the diagnosis table reads. It never needs the network, and masks
// secrets before reading anything.

import type {Failure} from '../../box/failure.js';
import {maskSecrets} from '../../box/mask-secrets.js';
import {findObjects} from './find-objects.js';
import {readCurlCommand} from './read-curl-command.js';
import {readErrorObjects} from './read-error-objects.js';
import {readFormFields} from './read-form-fields.js';
import {readHttpTranscript} from './read-http-transcript.js';
import {readLabelledFields} from './read-labelled-fields.js';
import {readMentions} from './read-mentions.js';
import {readSdkMessage} from './read-sdk-message.js';
import {readTransportProblem} from './read-transport-problem.js';
import {unwrapConsole} from './unwrap-console.js';

// Longer pastes are whole logs; the failure is at their end.
const maxLength = 100_000;
const maxTextLength = 1000;

// Terminal colours (the Box CLI prints errors in red) and Windows line ends.
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes start with ESC.
const colours = /\u001b\[[\d;]*m/g;

// A console's line breaks are taken out before masking, so that a token cut in two is masked whole.
const normalise = (text: string) =>
	unwrapConsole(text.slice(-maxLength).replaceAll(colours, '').replaceAll(/\r\n?/g, '\n'));

/** Each field from the first reading that has it, most literal reading first. */
function firstOfEach(readings: Failure[]): Failure {
	const failure: Failure = {};
	for (const reading of readings) {
		for (const [key, value] of Object.entries(reading)) {
			if (value !== undefined && !(key in failure)) {
				Object.assign(failure, {[key]: value});
			}
		}
	}

	return failure;
}

// Lines that are not the message: stack frames, the properties Node prints after an error
// (`  code: 'ECONNRESET',`), and the command that was run.
const notMessage =
	/^\s*(?:at\s|File "|Traceback|\.\.\. \d+ more|\^+\s*$|[{}]\s*$|(?:[$>#%]\s*)?curl\s)|^\s+(?:\[\w+\]|[\w$]+):\s/;
const exceptionName =
	/^(?:Exception in thread "[^"]*" )?(?:Uncaught )?(?:[\w$.]*(?:Error|Exception)|Error)(?: \[\w+\])?:\s*/;

/** The message of a paste that matched no known layout. */
function message(text: string): Failure {
	const lines = text
		.split('\n')
		.filter((line) => line.trim() !== '' && !notMessage.test(line))
		.map((line) => line.trim());
	const [only] = lines;
	if (lines.length === 1 && only) {
		return {description: only.replace(exceptionName, '') || only};
	}

	return lines.length > 0 ? {text: lines.join('\n').slice(0, maxTextLength)} : {};
}

/** The failure described by pasted text, with every secret in it masked. */
export function parsePastedFailure(text: string): Failure {
	const pasted = maskSecrets(normalise(text));
	const transcript = readHttpTranscript(pasted);
	const failure = firstOfEach([
		transcript.failure,
		readErrorObjects(findObjects(transcript.body ?? '')),
		readErrorObjects(findObjects(pasted)),
		readSdkMessage(pasted),
		readLabelledFields(pasted),
		readCurlCommand(pasted),
		readFormFields(pasted),
		readMentions(pasted),
	]);

	// A 407 comes from a proxy: Box never saw the request.
	if (failure.status === 407) {
		const {status: _proxyStatus, ...rest} = failure;
		return {...rest, transport: 'proxy-auth'};
	}

	if (failure.status !== undefined) {
		return failure;
	}

	const problem = readTransportProblem(pasted);
	if (problem) {
		return {...failure, transport: problem.transport, text: problem.line};
	}

	return failure.error || failure.description ? failure : {...failure, ...message(pasted)};
}
