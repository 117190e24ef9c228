import type {BoxConnection, BoxResult} from '../../box/box-connection.js';
import {authorizeUrl, createPkce, createState, exchangeCode} from '../../box/oauth.js';
import {listenForRedirect, type RedirectListener} from '../../box/oauth-callback.js';
import {readRedirect} from '../../box/oauth-redirect.js';
import type {IssuedToken} from '../../box/token-request.js';
import type {SignInStalled, SignInWaiting} from '../../wizard/setup-actions.js';

/** How long the loopback server waits for the browser, as Box CLI does, before offering a retry. */
export const signInTimeoutMs = 300_000;

/** The port of the redirect URI the console clicks tell people to register (and Box's samples use). */
export const usualCallbackPort = 3000;

/**
 * Listens where the person registered the redirect URI: the port given, or the one the console
 * clicks name; only when that one is taken, a free port (the waiting screen then shows the
 * redirect URI to register, since Box may hold an app to the exact URI).
 */
async function listenOnTheRegisteredPort(
	given: number | undefined,
	state: string,
	now: () => number,
): Promise<RedirectListener> {
	const listenOn = async (port: number) =>
		listenForRedirect({port, state, timeoutMs: signInTimeoutMs, now});
	if (given !== undefined) {
		return listenOn(given);
	}

	try {
		return await listenOn(usualCallbackPort);
	} catch (error) {
		if (((error as Error).cause as NodeJS.ErrnoException | undefined)?.code !== 'EADDRINUSE') {
			throw error;
		}

		return listenOn(0);
	}
}

type App = {clientId: string; clientSecret: string};

/**
 * One browser login at a time: a loopback server for Box's redirect, the consent page opened
 * in the browser (or only shown, with --no-browser), and the code exchanged the moment it comes,
 * since it lives 30 seconds. A redirect URL pasted from another machine finishes the same login.
 */
export function oauthSignIn(options: {
	connection: BoxConnection;
	callbackPort?: number;
	openBrowser?: (url: string) => Promise<boolean>;
	now: () => number;
}) {
	let login:
		| {app: App; state: string; verifier: string; listener: RedirectListener; redirectUri: string}
		| undefined;

	async function exchange(code: string, receivedAt: number): Promise<BoxResult<IssuedToken>> {
		if (!login) {
			throw new Error('no browser login is under way');
		}

		const {app, redirectUri, verifier} = login;
		await login.listener.close();
		return exchangeCode(options.connection, app, {
			code,
			redirectUri,
			codeVerifier: verifier,
			codeAgeSeconds: Math.round((options.now() - receivedAt) / 1000),
		});
	}

	return {
		async start(
			app: App,
			waiting: (sign: SignInWaiting) => void,
		): Promise<BoxResult<IssuedToken> | SignInStalled> {
			await login?.listener.close();
			const state = createState();
			const pkce = createPkce();
			let listener: RedirectListener;
			try {
				listener = await listenOnTheRegisteredPort(options.callbackPort, state, options.now);
			} catch (error) {
				return {ok: false, stalled: (error as Error).message};
			}

			login = {app, state, verifier: pkce.verifier, listener, redirectUri: listener.redirectUri};
			const url = authorizeUrl(options.connection, {
				clientId: app.clientId,
				redirectUri: listener.redirectUri,
				state,
				codeChallenge: pkce.challenge,
			});
			const browserOpened = options.openBrowser ? await options.openBrowser(url) : false;
			waiting({authorizeUrl: url, redirectUri: listener.redirectUri, browserOpened});
			const redirect = await listener.result;
			if (!redirect.ok) {
				return {ok: false, stalled: redirect.problem};
			}

			return exchange(redirect.code, redirect.receivedAt);
		},

		async finish(pastedUrl: string): Promise<BoxResult<IssuedToken> | SignInStalled> {
			if (!login) {
				return {ok: false, stalled: 'Start the sign-in first: press r.'};
			}

			const redirect = readRedirect(pastedUrl, login.state);
			if (!redirect.ok) {
				return {ok: false, stalled: redirect.problem};
			}

			return exchange(redirect.code, options.now());
		},

		close: async () => login?.listener.close(),
	};
}
