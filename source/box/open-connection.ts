import type {BoxConnection} from './box-connection.js';
import type {BoxUrls} from './box-urls.js';
import {ExchangeLog} from './exchange-log.js';
import {createTransport, type TransportOptions} from './transport.js';

/** One kept-alive connection to Box (or the sandbox) with its own log of exchanges. */
export function openConnection(
	urls: BoxUrls,
	options: Partial<Omit<TransportOptions, 'log'>> = {},
): BoxConnection {
	const now = options.now ?? Date.now;
	const log = new ExchangeLog();
	return {urls, now, log, transport: createTransport({...options, now, log})};
}
