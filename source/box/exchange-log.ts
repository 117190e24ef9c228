import type {TransportProblem} from './failure.js';

/** One HTTP exchange with Box as the diagnostics pane shows it: every secret already masked. */
export type RecordedExchange = {
	method: string;
	url: string;
	/** When the request was sent, on boxauth's clock (milliseconds). */
	startedAt: number;
	durationMs: number;
	status?: number;
	transport?: TransportProblem;
	/** Box's `box-request-id` header, for Box support. */
	requestId?: string;
	/** Box's `Date` header, for the clock offset. */
	serverDate?: string;
	requestBody?: string;
	responseBody?: string;
	attempt: number;
};

/** The most recent exchanges, oldest first; older ones fall off. */
export class ExchangeLog {
	readonly #limit: number;
	readonly #entries: RecordedExchange[] = [];

	constructor(limit = 50) {
		this.#limit = limit;
	}

	add(exchange: RecordedExchange): void {
		this.#entries.push(exchange);
		if (this.#entries.length > this.#limit) {
			this.#entries.shift();
		}
	}

	get entries(): readonly RecordedExchange[] {
		return this.#entries;
	}
}
