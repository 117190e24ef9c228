import {booleanFlag, type CommandInput, UsageError} from '../command-input.js';
import {readBaseUrl} from '../shared/add-request.js';

/** What `boxauth profiles import` was asked to do, read from its flags. */
export type ImportRequest = {
	/** List what would come in, and check, save and contact nothing. */
	dryRun: boolean;
	/** Say what came in as one JSON object on stdout at the end, instead of lines. */
	json: boolean;
	sandbox: boolean;
	baseUrl?: string;
};

/** Reads and checks the flags of `boxauth profiles import`, without touching any file or network. */
export function readImportRequest(input: CommandInput): ImportRequest {
	if (input.positionals.length > 1) {
		throw new UsageError(
			'boxauth profiles import takes no NAME: each environment comes in under its own name.',
		);
	}

	// A flag, not a default, so that other sources (another tool's profiles) can come later.
	if (!booleanFlag(input, 'from-box-cli')) {
		throw new UsageError(
			"boxauth profiles import needs to be told where from: --from-box-cli brings in Box CLI's environments.",
		);
	}

	const sandbox = booleanFlag(input, 'sandbox');
	const baseUrl = readBaseUrl(input, sandbox);
	return {
		dryRun: booleanFlag(input, 'dry-run'),
		json: booleanFlag(input, 'json'),
		sandbox,
		...(baseUrl === undefined ? {} : {baseUrl}),
	};
}
