import {apiTraceLines} from '../../box/api-trace.js';
import type {TransportOptions} from '../../box/transport.js';
import type {CommandInput} from '../command-input.js';

/**
 * What a command's connections to Box (or to the saved sandbox) are given from the command:
 * with BOXAUTH_DEBUG, a trace of each exchange; and where trouble with the saved sandbox's
 * state is told, the command's stderr.
 */
export type ConnectionOptions = Pick<TransportOptions, 'trace'> & {
	report: (message: string) => void;
};

// gh's GH_DEBUG=api, and the two spellings people give any debug variable.
const tracingValues = new Set(['api', '1', 'true']);

/**
 * With BOXAUTH_DEBUG=api, every exchange with Box on standard error, secrets masked: standard
 * output stays the command's own (the token of `boxauth token`). Any other value asks for no
 * trace, so that a misspelt one changes no script's output.
 */
export function connectionOptions({
	environment,
	streams,
}: Pick<CommandInput, 'environment' | 'streams'>): ConnectionOptions {
	const report = (message: string) => {
		streams.stderr.write(`${message}\n`);
	};

	const asked = environment['BOXAUTH_DEBUG']?.trim().toLowerCase() ?? '';
	if (!tracingValues.has(asked)) {
		return {report};
	}

	return {
		report,
		trace(exchange) {
			streams.stderr.write(`${apiTraceLines(exchange).join('\n')}\n`);
		},
	};
}
