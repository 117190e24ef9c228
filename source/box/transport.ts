import {setTimeout as sleepFor} from 'node:timers/promises';
import {Agent, type Dispatcher, EnvHttpProxyAgent, request} from 'undici';
import type {ExchangeLog} from './exchange-log.js';
import type {TransportProblem} from './failure.js';
import {maskSecrets, redactForm, redactJson, redactUrl} from './mask-secrets.js';
import {badProxySetting} from './proxy-setting.js';
import {sandboxTrustingConnector} from './sandbox-trust.js';
import {transportProblemOf} from './transport-problem.js';

export type Timeouts = {connectMs: number; totalMs: number};

export const defaultTimeouts: Timeouts = {connectMs: 10_000, totalMs: 30_000};

export type RetryPolicy = {
	/** Tries in all, the first included. */
	attempts: number;
	baseDelayMs: number;
	maximumDelayMs: number;
};

export const defaultRetryPolicy: RetryPolicy = {
	attempts: 4,
	baseDelayMs: 500,
	maximumDelayMs: 30_000,
};

export type BoxRequest = {
	method: 'GET' | 'POST' | 'OPTIONS' | 'DELETE';
	url: string;
	headers?: Record<string, string>;
	/** A form body for the token endpoints, or JSON for `/2.0`. */
	body?: {form: URLSearchParams} | {json: unknown};
	signal?: AbortSignal;
	/**
	 * Once sent, waited out however long Box takes, with no total timeout: a refresh that Box
	 * answers late has still spent the old refresh token, and only its answer holds the new one.
	 * `say` is told once it has taken `sayAfterMs`.
	 */
	untilAnswered?: {sayAfterMs: number; say: () => void};
};

export type BoxResponse = {
	status: number;
	headers: Record<string, string>;
	/** The raw body text; empty for Box's 401s. */
	text: string;
};

/** The request got no HTTP answer: no status, only what went wrong on the way. */
export class TransportError extends Error {
	readonly problem: TransportProblem;

	constructor(problem: TransportProblem, cause: unknown) {
		super(`${problem}: ${cause instanceof Error ? cause.message : String(cause)}`, {cause});
		this.name = 'TransportError';
		this.problem = problem;
	}
}

/**
 * One try of a request as it went, secrets unmasked: what `trace` is given (BOXAUTH_DEBUG=api),
 * whose formatter masks them. An answer, or the problem that left it without one.
 */
export type SentExchange = {
	request: BoxRequest;
	attempt: number;
	durationMs: number;
} & ({response: BoxResponse} | {problem: TransportProblem});

export type TransportOptions = {
	now: () => number;
	log: ExchangeLog;
	/**
	 * Told of every try that was sent, answered or not (not of one the caller aborted). It must not
	 * throw: it is called with Box's answer in hand, which may hold a refresh token already spent.
	 */
	trace?: (exchange: SentExchange) => void;
	timeouts?: Timeouts;
	retry?: RetryPolicy;
	sleep?: (milliseconds: number, signal?: AbortSignal) => Promise<unknown>;
	random?: () => number;
	dispatcher?: Dispatcher;
};

export type Transport = {
	send(boxRequest: BoxRequest): Promise<BoxResponse>;
	close(): Promise<void>;
};

function headerRecord(
	headers: Record<string, string | string[] | undefined>,
): Record<string, string> {
	const record: Record<string, string> = {};
	for (const [name, value] of Object.entries(headers)) {
		if (value !== undefined) {
			record[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
		}
	}

	return record;
}

const isRetryable = (status: number) => status === 429 || status >= 500;

/** How long to wait before the next try: Box's `Retry-After` if given, else capped jittered backoff. */
export function retryDelayMs(
	response: BoxResponse,
	attempt: number,
	policy: RetryPolicy,
	random: () => number,
): number {
	const retryAfter = Number(response.headers['retry-after']);
	if (
		response.headers['retry-after'] !== undefined &&
		Number.isFinite(retryAfter) &&
		retryAfter >= 0
	) {
		return Math.min(retryAfter * 1000, policy.maximumDelayMs);
	}

	const exponential = policy.baseDelayMs * 2 ** (attempt - 1);
	return Math.min(exponential * (0.5 + random()), policy.maximumDelayMs);
}

function encodeBody(body: BoxRequest['body']): {
	text?: string;
	contentType?: string;
	logged?: string;
} {
	if (!body) {
		return {};
	}

	if ('form' in body) {
		const text = body.form.toString();
		return {text, contentType: 'application/x-www-form-urlencoded', logged: redactForm(text)};
	}

	const text = JSON.stringify(body.json);
	return {text, contentType: 'application/json', logged: redactJson(text)};
}

/**
 * Kept-alive sockets to Box that honour HTTP(S)_PROXY and NO_PROXY. Transports given the same one
 * share its sockets (the dashboard's profiles on one API URL); closing any of them closes it.
 */
/**
 * One kept-alive dispatcher that honours the proxy variables; with one of them not a URL (which
 * undici refuses at construction), a plain one, since every request is then refused first.
 */
export const keptAliveDispatcher = (timeouts: Timeouts = defaultTimeouts): Dispatcher => {
	// The connector trusts an HTTPS sandbox's own certificate authority, for its origin only.
	const settings = {
		connect: sandboxTrustingConnector({timeout: timeouts.connectMs}),
		keepAliveTimeout: 30_000,
	};
	return badProxySetting() ? new Agent(settings) : new EnvHttpProxyAgent(settings);
};

/**
 * HTTP to Box over one kept-alive undici dispatcher that honours HTTP(S)_PROXY and NO_PROXY,
 * with connect and total timeouts, and retries of 429 and 5xx answers only: a 4xx from the
 * token endpoint is an answer, and a lost connection may already have spent a refresh token.
 */
export function createTransport(options: TransportOptions): Transport {
	const timeouts = options.timeouts ?? defaultTimeouts;
	const policy = options.retry ?? defaultRetryPolicy;
	const sleep =
		options.sleep ?? ((milliseconds, signal) => sleepFor(milliseconds, undefined, {signal}));
	const random = options.random ?? Math.random;
	const dispatcher = options.dispatcher ?? keptAliveDispatcher(timeouts);

	async function attemptOnce(boxRequest: BoxRequest, attempt: number): Promise<BoxResponse> {
		const badProxy = badProxySetting();
		if (badProxy) {
			throw new TransportError(
				'proxy-config',
				new Error(
					`${badProxy.variable} is set to "${maskSecrets(badProxy.value)}", which is not a URL`,
				),
			);
		}

		const {text, contentType, logged} = encodeBody(boxRequest.body);
		const startedAt = options.now();
		const {untilAnswered} = boxRequest;
		const signals = untilAnswered ? [] : [AbortSignal.timeout(timeouts.totalMs)];
		if (boxRequest.signal) {
			signals.push(boxRequest.signal);
		}

		const slow = untilAnswered
			? setTimeout(untilAnswered.say, untilAnswered.sayAfterMs)
			: undefined;

		const record = {
			method: boxRequest.method,
			url: redactUrl(boxRequest.url),
			startedAt,
			attempt,
			...(logged === undefined ? {} : {requestBody: logged}),
		};
		try {
			const answer = await request(boxRequest.url, {
				method: boxRequest.method,
				headers: {
					...(contentType ? {'content-type': contentType} : {}),
					...boxRequest.headers,
				},
				...(text === undefined ? {} : {body: text}),
				signal: AbortSignal.any(signals),
				// undici's own limits (5 minutes each) would give up on the answer too.
				...(untilAnswered ? {headersTimeout: 0, bodyTimeout: 0} : {}),
				dispatcher,
			});
			const response: BoxResponse = {
				status: answer.statusCode,
				headers: headerRecord(answer.headers),
				text: await answer.body.text(),
			};
			const durationMs = options.now() - startedAt;
			options.trace?.({request: boxRequest, attempt, durationMs, response});
			options.log.add({
				...record,
				durationMs,
				status: response.status,
				...(response.headers['box-request-id']
					? {requestId: response.headers['box-request-id']}
					: {}),
				...(response.headers['date'] ? {serverDate: response.headers['date']} : {}),
				...(response.text ? {responseBody: redactJson(response.text)} : {}),
			});
			return response;
		} catch (error) {
			if (boxRequest.signal?.aborted) {
				throw error;
			}

			const problem = transportProblemOf(error) ?? 'dropped';
			const durationMs = options.now() - startedAt;
			options.trace?.({request: boxRequest, attempt, durationMs, problem});
			options.log.add({...record, durationMs, transport: problem});
			throw new TransportError(problem, error);
		} finally {
			clearTimeout(slow);
		}
	}

	return {
		async send(boxRequest) {
			for (let attempt = 1; ; attempt++) {
				const response = await attemptOnce(boxRequest, attempt);
				if (!isRetryable(response.status) || attempt >= policy.attempts) {
					return response;
				}

				await sleep(retryDelayMs(response, attempt, policy, random), boxRequest.signal);
			}
		},
		async close() {
			await dispatcher.close();
		},
	};
}
