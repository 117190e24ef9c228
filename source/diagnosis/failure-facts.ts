import type {AuthType} from '../box/auth-types.js';
import type {Failure} from '../box/failure.js';
import {maskQuoted} from '../box/mask-secrets.js';

// Small questions rows ask of a failure's context, and the pieces of it a diagnosis may quote.

export const usedAuthType = (type: AuthType) => (failure: Failure) =>
	failure.context?.authType === type;

export const usedJwt = (failure: Failure) =>
	failure.context?.authType === 'jwt' ||
	failure.context?.grantType === 'urn:ietf:params:oauth:grant-type:jwt-bearer';

export const usedCcg = (failure: Failure) =>
	failure.context?.authType === 'ccg' || failure.context?.grantType === 'client_credentials';

/** A downscope: the token-exchange grant, sent by boxauth or shown in a pasted request. */
export const usedTokenExchange = (failure: Failure) =>
	failure.context?.grantType === 'urn:ietf:params:oauth:grant-type:token-exchange';

/** JWT, Client Credentials Grant and Limited Access (App Token) apps, which an admin authorizes. */
export const usedServerApp = (failure: Failure) =>
	['jwt', 'ccg', 'app-token'].includes(failure.context?.authType ?? '');

/** Neither the auth type nor the grant is known: a bare paste. */
export const grantUnknown = (failure: Failure) =>
	failure.context?.authType === undefined && failure.context?.grantType === undefined;

export const sentJson = (failure: Failure) => /json/i.test(failure.requestContentType ?? '');

export const hasNoStatus = (failure: Failure) => failure.status === undefined;

/**
 * Box takes a JWT whose `exp` is in its future and at most 60 s ahead; the SDK sets `exp` 30 s
 * ahead, so beyond 30 s either way assertions start to fail. boxauth's own assertions reach 45 s
 * ahead, so it warns from 15 s (`jwtSkewLimitSeconds` in box/clock-offset.ts) before sending one;
 * this wider limit is for blaming the clock once any client's assertion has failed.
 */
export const jwtClockLimitSeconds = 30;

export function clockIsOff(failure: Failure): boolean {
	const offset = failure.context?.clockOffsetSeconds;
	return offset !== undefined && Math.abs(offset) > jwtClockLimitSeconds;
}

/** "This machine's clock is 42 s behind Box's", or undefined when the offset is unknown. */
export function clockDifference(failure: Failure): string | undefined {
	const offset = failure.context?.clockOffsetSeconds;
	if (offset === undefined) {
		return undefined;
	}

	return `This machine's clock is ${Math.abs(offset)} s ${offset < 0 ? 'behind' : 'ahead of'} Box's`;
}

/** The URL the user used, with anything secret in it masked. */
export const urlUsed = (failure: Failure) =>
	failure.url === undefined ? undefined : maskQuoted(failure.url);

export const hostOf = (failure: Failure) => {
	try {
		return failure.url === undefined ? undefined : new URL(failure.url).host;
	} catch {
		return undefined;
	}
};
