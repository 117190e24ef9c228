import type {RecordedExchange} from '../../box/exchange-log.js';
import type {TransportProblem} from '../../box/failure.js';
import type {HeldToken} from '../../profiles/held-token.js';
import type {Profile} from '../../profiles/profile.js';
import {countdownWords} from '../../tokens/countdown.js';
import {leftIsAtMost} from '../../tokens/token-lifetimes.js';
import {type HeldTokenName, tokenLabels} from '../../tokens/token-states.js';
import {clockTimeWithSeconds, dateAndTime} from './clock-words.js';

// The detail view's lines as text: token metadata, the clock, the diagnostics log.

const heldTokenNames: readonly HeldTokenName[] = ['access', 'refresh', 'developer', 'app'];

function heldTokenWords(name: HeldTokenName, held: HeldToken, now: number): string {
	// A token whose birth is unknown ends by its expiry at the latest.
	const atMost = leftIsAtMost(held);
	const expires =
		held.expiresAt === null
			? 'never expires'
			: `expires ${atMost ? 'by ' : ''}${dateAndTime(held.expiresAt)}`;
	const left = countdownWords(held.expiresAt, now);
	const countdown =
		left === 'expired' || left === 'never' ? '' : ` (${atMost ? 'at most ' : ''}${left} left)`;
	return `${tokenLabels[name]}: issued ${dateAndTime(held.issuedAt)}, ${expires}${countdown}`;
}

/** A line for each token the profile holds: when it was issued, when it expires, time left. */
export function tokenMetadata(profile: Profile, now: number): string[] {
	return heldTokenNames.flatMap((name) => {
		const held = profile.tokens[name];
		return held ? [heldTokenWords(name, held, now)] : [];
	});
}

/** This machine's clock against Box's, from the `Date` of Box's latest answer. */
export function clockOffsetWords(offsetSeconds: number | undefined): string {
	if (offsetSeconds === undefined) {
		return 'not known yet (no answer from Box this session)';
	}

	const seconds = Math.round(Math.abs(offsetSeconds));
	if (seconds === 0) {
		return 'in step with Box';
	}

	return `this machine is ${seconds} s ${offsetSeconds > 0 ? 'ahead of' : 'behind'} Box`;
}

const transportWords: Record<TransportProblem, string> = {
	dns: 'no answer: the host name did not resolve',
	refused: 'no answer: connection refused',
	reset: 'no answer: connection reset',
	dropped: 'no answer: connection dropped',
	tls: 'no answer: the TLS handshake failed',
	'proxy-auth': 'no answer: the proxy wants credentials (407)',
	'proxy-config': 'not sent: a proxy variable is not a URL',
	'connect-timeout': 'no answer: connecting timed out',
	timeout: 'no answer: timed out',
};

/** One HTTP exchange with Box, secrets already masked by the log. */
export function exchangeWords(exchange: RecordedExchange): string {
	const outcome =
		exchange.status === undefined
			? exchange.transport
				? transportWords[exchange.transport]
				: 'no answer'
			: String(exchange.status);
	return [
		`${clockTimeWithSeconds(exchange.startedAt)} ${exchange.method} ${exchange.url} → ${outcome}`,
		`${Math.round(exchange.durationMs)} ms`,
		...(exchange.attempt > 1 ? [`attempt ${exchange.attempt}`] : []),
		...(exchange.requestId ? [`box-request-id ${exchange.requestId}`] : []),
	].join(' · ');
}
