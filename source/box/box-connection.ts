import type {BoxUrls} from './box-urls.js';
import type {ExchangeLog} from './exchange-log.js';
import type {Failure} from './failure.js';
import type {Transport} from './transport.js';

/** Everything a call to Box needs, passed in so tests choose the clock and the server. */
export type BoxConnection = {
	urls: BoxUrls;
	transport: Transport;
	log: ExchangeLog;
	now: () => number;
};

export type BoxResult<Value> = {ok: true; value: Value} | {ok: false; failure: Failure};
