import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {type RedirectResult, readRedirect} from './oauth-redirect.js';

export type RedirectTimeout = {ok: false; reason: 'timeout'; problem: string};

/** What ends the wait. A code carries when it arrived: Box lets it live only 30 seconds. */
export type RedirectOutcome =
	| {ok: true; code: string; receivedAt: number}
	| Exclude<RedirectResult, {ok: true}>
	| RedirectTimeout;

export type RedirectListener = {
	/** The `redirect_uri` to put in the authorize URL and to send with the code. */
	redirectUri: string;
	/** Settles once: with a code, a denial, or a timeout. It never settles after `close()`. */
	result: Promise<RedirectOutcome>;
	close(): Promise<void>;
};

export type ListenOptions = {
	/** 0, the default, takes a free port. */
	port?: number;
	/** One address to listen on instead of both loopbacks. */
	host?: string;
	path?: string;
	state: string;
	timeoutMs: number;
	now?: () => number;
};

const escapeHtml = (text: string) =>
	text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&#39;');

const page = (message: string) =>
	`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>boxauth</title></head>
<body><p>${escapeHtml(message)}</p></body>
</html>
`;

const seconds = (ms: number) => {
	const count = Math.max(1, Math.round(ms / 1000));
	return `${count} second${count === 1 ? '' : 's'}`;
};

function listenProblem(error: NodeJS.ErrnoException, host: string, port: number): Error {
	const message =
		error.code === 'EADDRINUSE'
			? `Port ${port} is in use by another program, so boxauth cannot receive Box's redirect there. Close the other program, or use another port with --callback-port, or leave --callback-port out to let boxauth pick a free one.`
			: error.code === 'EACCES'
				? `boxauth is not allowed to listen on port ${port} (ports below 1024 need administrator rights). Use a port above 1024 with --callback-port, or leave it out to let boxauth pick a free one.`
				: error.code === 'EADDRNOTAVAIL'
					? `boxauth cannot listen on ${host}: it is not an address of this machine. Use 127.0.0.1.`
					: `boxauth could not start the local server on ${host}:${port} that receives Box's redirect: ${error.message}`;
	return new Error(message, {cause: error});
}

async function listen(server: Server, host: string, port: number): Promise<number> {
	await new Promise<void>((resolve, reject) => {
		const fail = (error: NodeJS.ErrnoException) => {
			reject(listenProblem(error, host, port));
		};

		server.once('error', fail);
		server.listen(port, host, () => {
			server.off('error', fail);
			resolve();
		});
	});
	return (server.address() as AddressInfo).port;
}

const closeServer = (server: Server) =>
	new Promise<void>((resolve) => {
		server.close(() => {
			resolve();
		});
		server.closeAllConnections();
	});

// The redirect URI says `localhost`, as people register it in the app, and a browser may take
// that for 127.0.0.1 or for ::1: both must answer, on the same port.
async function listenOn(
	answer: (request: IncomingMessage, response: ServerResponse) => void,
	host: string | undefined,
	requestedPort: number,
): Promise<{servers: Server[]; port: number}> {
	if (host !== undefined) {
		const server = createServer(answer);
		return {servers: [server], port: await listen(server, host, requestedPort)};
	}

	// A free port on 127.0.0.1 may be taken on ::1: a few tries find one free on both.
	for (let tries = 1; ; tries++) {
		const ipv4 = createServer(answer);
		const port = await listen(ipv4, '127.0.0.1', requestedPort);
		const ipv6 = createServer(answer);
		try {
			await listen(ipv6, '::1', port);
			return {servers: [ipv4, ipv6], port};
		} catch (error) {
			const {code} = (error as Error).cause as NodeJS.ErrnoException;
			// No IPv6 loopback here, so `localhost` can only be 127.0.0.1.
			if (code === 'EADDRNOTAVAIL' || code === 'EAFNOSUPPORT') {
				return {servers: [ipv4], port};
			}

			await closeServer(ipv4);
			if (code !== 'EADDRINUSE' || requestedPort !== 0 || tries === 3) {
				throw error;
			}
		}
	}
}

/**
 * Waits on loopback for the browser to come back from Box's consent page. Only an answer with
 * this login's state ends the wait: a stale tab is told so in the browser and ignored here.
 */
export async function listenForRedirect(options: ListenOptions): Promise<RedirectListener> {
	const path = options.path ?? '/callback';
	const now = options.now ?? Date.now;
	let settle: (outcome: RedirectOutcome) => void = () => undefined;
	const result = new Promise<RedirectOutcome>((resolve) => {
		settle = resolve;
	});
	let settled = false;
	let timer: NodeJS.Timeout | undefined;
	const finish = (outcome: RedirectOutcome) => {
		if (!settled) {
			settled = true;
			clearTimeout(timer);
			settle(outcome);
		}
	};

	const answer = (request: IncomingMessage, response: ServerResponse) => {
		const target = request.url ?? '/';
		const queryAt = target.indexOf('?');
		if ((queryAt === -1 ? target : target.slice(0, queryAt)) !== path) {
			response.writeHead(404, {'Content-Type': 'text/plain; charset=utf-8'});
			response.end(`Not found. boxauth waits for Box's redirect at ${path} only.\n`);
			return;
		}

		if (request.method !== 'GET') {
			response.writeHead(405, {'Content-Type': 'text/plain; charset=utf-8', Allow: 'GET'});
			response.end('Method not allowed.\n');
			return;
		}

		const redirect = readRedirect(new URL(target, 'http://localhost'), options.state);
		const receivedAt = now();
		response.writeHead(redirect.ok ? 200 : 400, {
			'Content-Type': 'text/html; charset=utf-8',
			'Cache-Control': 'no-store',
			// The tab has nothing more to ask, and an idle keep-alive socket would delay close().
			Connection: 'close',
		});
		// Settled once the page is handed to the system, so that close() cannot cut it off.
		response.end(
			page(
				redirect.ok
					? 'Signed in. You can close this tab and go back to the terminal.'
					: redirect.problem,
			),
			() => {
				if (redirect.ok) {
					finish({...redirect, receivedAt});
				} else if (redirect.reason === 'denied') {
					finish(redirect);
				}
			},
		);
	};

	const {servers, port} = await listenOn(answer, options.host, options.port ?? 0);
	// Box takes any port on a `http://localhost` redirect URI, whatever port the app registered.
	const redirectUri = `http://localhost:${port}${path}`;
	timer = setTimeout(() => {
		finish({
			ok: false,
			reason: 'timeout',
			problem: `The browser did not come back from Box's consent page within ${seconds(options.timeoutMs)}, so boxauth stopped waiting. Run the login again; if the browser runs on another machine, paste the address it ends up on after you click Grant access instead.`,
		});
	}, options.timeoutMs);

	let closing: Promise<void> | undefined;
	return {
		redirectUri,
		result,
		async close() {
			if (!closing) {
				settled = true;
				clearTimeout(timer);
				closing = Promise.all(servers.map(closeServer)).then(() => undefined);
			}

			return closing;
		},
	};
}
