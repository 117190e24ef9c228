import type {IncomingMessage} from 'node:http';
import {isIP} from 'node:net';

// The control surface hands out every credential and plays the admin, so a web page the user
// happens to visit must not reach it. Two ways in are closed here: a cross-site POST, which a
// browser sends without asking only as a form or text/plain (and always with an Origin header),
// and DNS rebinding, where the page's own host name comes to resolve to this machine (and the
// request carries that name in its Host header).

const bare = (host: string) => host.replace(/^\[(.*)\]$/, '$1').toLowerCase();

/** Whether an address to listen on (or a host name) stays on this machine. */
export function isLoopbackHost(host: string): boolean {
	const name = bare(host);
	return name === 'localhost' || name === '::1' || (isIP(name) === 4 && name.startsWith('127.'));
}

const isWildcard = (host: string) => ['0.0.0.0', '::'].includes(bare(host));

/** The host names a request may use in its Host header to reach the control surface. */
export function controlHostCheck(listenHost: string): (hostname: string) => boolean {
	return (hostname) => {
		const name = bare(hostname);
		if (name === 'localhost' || name === '127.0.0.1' || name === '::1') {
			return true;
		}

		if (isLoopbackHost(listenHost)) {
			return false;
		}

		// Listening on every address, it is reached by any of the machine's addresses; a name
		// other than localhost is what rebinding needs, and an address is never rebound.
		return isWildcard(listenHost) ? isIP(name) !== 0 : name === bare(listenHost);
	};
}

function hostnameOf(request: IncomingMessage): string | undefined {
	try {
		return new URL(`http://${request.headers.host ?? ''}`).hostname;
	} catch {
		return undefined;
	}
}

const isJson = (request: IncomingMessage) =>
	(request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ===
	'application/json';

/** Why the request may not use the control surface, or undefined when it may. */
export function controlRefusal(
	request: IncomingMessage,
	hostAllowed: (hostname: string) => boolean,
): string | undefined {
	const hostname = hostnameOf(request);
	if (!hostname || !hostAllowed(hostname)) {
		return `the control surface answers only requests addressed to this machine (Host ${
			hostname ? `"${hostname}"` : 'missing'
		} is not one of its names)`;
	}

	// Only a browser sends Origin; curl, Node's fetch and scripts send none and may post any body.
	if (request.method === 'POST' && request.headers.origin !== undefined && !isJson(request)) {
		return 'a POST from a web page must be sent with content-type: application/json';
	}

	return undefined;
}
