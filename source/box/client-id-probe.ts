import type {BoxConnection} from './box-connection.js';
import {TransportError} from './transport.js';

/** Whether Box knows a client ID, as its login page tells: `unsure` when the page says neither. */
export type ClientIdAnswer = 'known' | 'unknown' | 'unsure';

/**
 * Asks Box's login page about a client ID, which needs no secret and changes nothing. For a JWT or
 * CCG app's client ID Box shows a `redirect_uri_mismatch` page (a Box developer advocate's answer,
 * box-auth-reference.md section 10); that an unknown client ID gets `invalid_client` instead is the
 * sandbox's guess, so any other page counts as unsure and rules nothing out.
 */
export async function probeClientId(
	connection: BoxConnection,
	clientId: string,
	signal?: AbortSignal,
): Promise<ClientIdAnswer> {
	const url = new URL(connection.urls.authorizeUrl);
	url.searchParams.set('response_type', 'code');
	url.searchParams.set('client_id', clientId);
	try {
		const {text} = await connection.transport.send({
			method: 'GET',
			url: url.toString(),
			...(signal ? {signal} : {}),
		});
		if (text.includes('redirect_uri_mismatch')) {
			return 'known';
		}

		return text.includes('invalid_client') ? 'unknown' : 'unsure';
	} catch (error) {
		if (error instanceof TransportError) {
			return 'unsure';
		}

		throw error;
	}
}
