import {apiTraceLines} from '../../box/api-trace.js';
import type {TransportOptions} from '../../box/transport.js';
import type {CommandInput} from '../command-input.js';

/** What a connection to Box is given for BOXAUTH_DEBUG: a trace, or nothing. */
export type ApiTraceOption = Pick<TransportOptions, 'trace'>;

// gh's GH_DEBUG=api, and the two spellings people give any debug variable.
const tracingValues = new Set(['api', '1', 'true']);

/**
 * With BOXAUTH_DEBUG=api, every exchange with Box on standard error, secrets masked: standard
 * output stays the command's own (the token of `boxauth token`). Any other value asks for
 * nothing, so that a misspelt one changes no script's output.
 */
export function apiTraceOption({
	environment,
	streams,
}: Pick<CommandInput, 'environment' | 'streams'>): ApiTraceOption {
	const asked = environment['BOXAUTH_DEBUG']?.trim().toLowerCase() ?? '';
	if (!tracingValues.has(asked)) {
		return {};
	}

	return {
		trace(exchange) {
			streams.stderr.write(`${apiTraceLines(exchange).join('\n')}\n`);
		},
	};
}
