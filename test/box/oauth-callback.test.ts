import assert from 'node:assert/strict';
import {createServer} from 'node:net';
import {describe, it, type TestContext} from 'node:test';
import {setTimeout as delay} from 'node:timers/promises';
import {authorizeUrl, createPkce, createState, exchangeCode} from '../../source/box/oauth.js';
import {
	type ListenOptions,
	listenForRedirect,
	type RedirectOutcome,
} from '../../source/box/oauth-callback.js';
import {readRedirect} from '../../source/box/oauth-redirect.js';
import {connectTo} from '../helpers/box-connection-fixture.js';
import {appOfType, call, consentForm, userId, useSandbox} from '../helpers/sandbox-fixture.js';

// The loopback receiver for the OAuth 2.0 login, over real HTTP, and the parser it shares with
// the "paste the address" fallback.

const state = 'the-state-of-this-login';
const arrival = Date.parse('2026-05-04T10:00:00.000Z');

async function listen(t: TestContext, options: Partial<ListenOptions> = {}) {
	const listener = await listenForRedirect({
		state,
		timeoutMs: 10_000,
		now: () => arrival,
		...options,
	});
	t.after(() => listener.close());
	return listener;
}

const query = (fields: Record<string, string>) => `?${new URLSearchParams(fields).toString()}`;

const notYet = Symbol('not settled');

/** The outcome, or `notYet` when the listener is still waiting a moment later. */
const settledSoon = (result: Promise<RedirectOutcome>, withinMs = 100) =>
	Promise.race([result, delay(withinMs).then((): typeof notYet => notYet)]);

function expectCode(outcome: RedirectOutcome | typeof notYet): string {
	if (outcome === notYet || !outcome.ok) {
		assert.fail(`expected a code, got ${String(outcome === notYet ? 'nothing' : outcome.reason)}`);
	}

	return outcome.code;
}

describe('readRedirect', () => {
	const code = 'c0de'.repeat(8);

	it('reads the code from the full redirect URL', () => {
		assert.deepEqual(
			readRedirect(`http://localhost:3000/callback?code=${code}&state=${state}`, state),
			{ok: true, code},
		);
	});

	it('tolerates quotes and whitespace around a pasted URL', () => {
		for (const pasted of [
			`  "http://localhost:3000/callback?code=${code}&state=${state}"\n`,
			`'http://localhost:3000/callback?state=${state}&code=${code}'`,
			`\t<http://localhost:3000/callback?code=${code}&state=${state}> `,
		]) {
			assert.deepEqual(readRedirect(pasted, state), {ok: true, code}, pasted);
		}
	});

	it('reads a bare query string, with or without the question mark', () => {
		assert.deepEqual(readRedirect(`?code=${code}&state=${state}`, state), {ok: true, code});
		assert.deepEqual(readRedirect(` code=${code}&state=${state} `, state), {ok: true, code});
		assert.deepEqual(
			readRedirect(new URL(`http://x/callback?code=${code}&state=${state}`), state),
			{
				ok: true,
				code,
			},
		);
	});

	it('says when the text is not a URL', () => {
		for (const pasted of ['', 'hello there', code, 'ftp://localhost/callback?code=x&state=y']) {
			const result = readRedirect(pasted, state);
			assert.equal(result.ok ? 'ok' : result.reason, 'not-a-url', pasted);
		}
	});

	it('says when the address has no code', () => {
		for (const pasted of [
			'http://localhost:3000/callback',
			`http://localhost:3000/callback?state=${state}`,
			`http://localhost:3000/callback?code=&state=${state}`,
			'?',
		]) {
			const result = readRedirect(pasted, state);
			assert.equal(result.ok ? 'ok' : result.reason, 'no-code', pasted);
		}
	});

	it('refuses a code from another login, and never repeats the code', () => {
		for (const other of ['old-state', '']) {
			const result = readRedirect(`?code=${code}&state=${other}`, state);
			assert.equal(result.ok ? 'ok' : result.reason, 'state-mismatch', other);
			assert.match(result.ok ? '' : result.problem, /not from this login.*newest/s);
			assert.doesNotMatch(result.ok ? '' : result.problem, new RegExp(code));
		}

		const missing = readRedirect(`?code=${code}`, state);
		assert.equal(missing.ok ? 'ok' : missing.reason, 'state-mismatch', 'no state at all');
	});

	it('explains a denial, but only one that carries this login’s state', () => {
		const denied = readRedirect(
			query({error: 'access_denied', error_description: 'The user denied access', state}),
			state,
		);
		assert.equal(denied.ok ? 'ok' : denied.reason, 'denied');
		assert.match(denied.ok ? '' : denied.problem, /denied.*run the login again.*Grant access/is);

		const forged = readRedirect(query({error: 'access_denied', state: 'old-state'}), state);
		assert.equal(forged.ok ? 'ok' : forged.reason, 'state-mismatch');

		const other = readRedirect(
			query({error: 'invalid_request', error_description: 'Invalid scope', state}),
			state,
		);
		assert.equal(other.ok ? 'ok' : other.reason, 'denied');
		assert.match(other.ok ? '' : other.problem, /invalid_request \(Invalid scope\)/);
	});
});

describe('listenForRedirect', () => {
	it('settles with the code and thanks the browser', async (t) => {
		const listener = await listen(t);
		assert.match(listener.redirectUri, /^http:\/\/localhost:\d+\/callback$/);
		const page = await call(`${listener.redirectUri}${query({code: 'abc123', state})}`);
		assert.equal(page.status, 200);
		assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
		assert.equal(page.headers.get('cache-control'), 'no-store');
		assert.match(page.text, /Signed in\. You can close this tab and go back to the terminal\./);
		assert.doesNotMatch(page.text, /abc123/, 'the page does not show the code');
		assert.deepEqual(await listener.result, {ok: true, code: 'abc123', receivedAt: arrival});
	});

	it('settles with a denial and shows why', async (t) => {
		const listener = await listen(t);
		const page = await call(
			`${listener.redirectUri}${query({error: 'access_denied', error_description: 'The user denied access to your application', state})}`,
		);
		assert.equal(page.status, 400);
		assert.match(page.text, /consent was denied/);
		assert.match(page.text, /Box&#39;s page/, 'the problem text is escaped');
		const outcome = await listener.result;
		assert.equal(outcome.ok ? 'ok' : outcome.reason, 'denied');
	});

	it('escapes what Box or a forged link puts in the page', async (t) => {
		const listener = await listen(t);
		const page = await call(
			`${listener.redirectUri}${query({error: '<script>x</script>', state})}`,
		);
		assert.doesNotMatch(page.text, /<script>/);
		assert.match(page.text, /&lt;script&gt;x&lt;\/script&gt;/);
	});

	it('shows a state mismatch in the browser but keeps waiting for the right answer', async (t) => {
		const listener = await listen(t);
		const stale = await call(`${listener.redirectUri}${query({code: 'stale', state: 'old'})}`);
		assert.equal(stale.status, 400);
		assert.match(stale.text, /not from this login/);
		const forgedDenial = await call(
			`${listener.redirectUri}${query({error: 'access_denied', state: 'old'})}`,
		);
		assert.match(forgedDenial.text, /not from this login/);
		const empty = await call(listener.redirectUri);
		assert.match(empty.text, /no authorization code/);
		assert.equal(await settledSoon(listener.result), notYet);

		await call(`${listener.redirectUri}${query({code: 'fresh', state})}`);
		assert.equal(expectCode(await settledSoon(listener.result)), 'fresh');
	});

	it('answers other paths with 404 and keeps waiting', async (t) => {
		const listener = await listen(t);
		const origin = new URL(listener.redirectUri).origin;
		for (const path of ['/favicon.ico', '/', `/other${query({code: 'x', state})}`, '/callback/x']) {
			const answer = await call(`${origin}${path}`);
			assert.equal(answer.status, 404, path);
			assert.match(answer.headers.get('content-type') ?? '', /^text\/plain/);
		}

		const post = await call(`${listener.redirectUri}${query({code: 'x', state})}`, {
			method: 'POST',
		});
		assert.equal(post.status, 405);
		assert.equal(await settledSoon(listener.result), notYet);
	});

	it('listens on the path it is given', async (t) => {
		const listener = await listen(t, {path: '/boxauth/done'});
		assert.match(listener.redirectUri, /^http:\/\/localhost:\d+\/boxauth\/done$/);
		await call(`${listener.redirectUri}${query({code: 'abc', state})}`);
		assert.equal(expectCode(await settledSoon(listener.result)), 'abc');
	});

	it('names the remedy when the port is taken', async () => {
		const blocker = createServer();
		await new Promise<void>((resolve) => {
			blocker.listen(0, '127.0.0.1', resolve);
		});
		const address = blocker.address();
		const port = typeof address === 'object' && address ? address.port : 0;
		try {
			await assert.rejects(listenForRedirect({port, state, timeoutMs: 1000}), (error: Error) => {
				assert.match(error.message, new RegExp(`Port ${port} is in use`));
				assert.match(error.message, /--callback-port/);
				assert.match(error.message, /pick a free one/);
				return true;
			});
		} finally {
			await new Promise((resolve) => {
				blocker.close(resolve);
			});
		}
	});

	it('says clearly when it cannot listen for another reason', async () => {
		await assert.rejects(
			listenForRedirect({host: '192.0.2.1', state, timeoutMs: 1000}),
			/cannot listen on 192\.0\.2\.1/,
		);
	});

	it('gives up after the timeout and says what to do', async (t) => {
		const listener = await listen(t, {timeoutMs: 50});
		const outcome = await listener.result;
		assert.equal(outcome.ok ? 'ok' : outcome.reason, 'timeout');
		assert.match(outcome.ok ? '' : outcome.problem, /within 1 second,.*again.*paste the address/s);
	});

	it('closes promptly, idempotently, and stops answering', async (t) => {
		// Long enough that a slow machine closes before it, short enough to be seen within the wait.
		const listener = await listen(t, {timeoutMs: 500});
		await call(`${new URL(listener.redirectUri).origin}/favicon.ico`);
		await Promise.all([listener.close(), listener.close()]);
		await listener.close();
		await assert.rejects(call(listener.redirectUri), TypeError);
		assert.equal(await settledSoon(listener.result, 800), notYet, 'close() cancels the timeout');
	});
});

describe('listenForRedirect with the sandbox’s consent page', () => {
	const sandbox = useSandbox();

	/** Opens the consent page as a browser would and answers it; returns where Box redirects. */
	async function consent(url: string, decision: 'grant' | 'deny'): Promise<string> {
		const page = await call(url);
		assert.equal(page.status, 200, page.text);
		const form = consentForm(page.text);
		const answer = await call(new URL(form.action, url).toString(), {
			method: 'POST',
			body: new URLSearchParams({
				...form.fields,
				user_id: userId(sandbox(), 'Milo Member'),
				decision,
			}),
		});
		assert.equal(answer.status, 302, answer.text);
		return answer.headers.get('location') ?? '';
	}

	it('receives the code from a grant, and the code buys a token', async (t) => {
		const connection = connectTo(sandbox());
		const app = appOfType(sandbox(), 'Demo OAuth App');
		const pkce = createPkce();
		const loginState = createState();
		const listener = await listen(t, {state: loginState});
		const url = authorizeUrl(connection, {
			clientId: app.clientId,
			redirectUri: listener.redirectUri,
			state: loginState,
			codeChallenge: pkce.challenge,
		});
		const location = await consent(url, 'grant');
		assert.ok(location.startsWith(listener.redirectUri), `redirected to ${location}`);
		const page = await call(location);
		assert.match(page.text, /Signed in/);

		const code = expectCode(await listener.result);
		const token = await exchangeCode(connection, app, {
			code,
			redirectUri: listener.redirectUri,
			codeVerifier: pkce.verifier,
		});
		assert.equal(token.ok, true, JSON.stringify(token.ok ? {} : token.failure));
	});

	it('receives a denial', async (t) => {
		const connection = connectTo(sandbox());
		const app = appOfType(sandbox(), 'Demo OAuth App');
		const loginState = createState();
		const listener = await listen(t, {state: loginState});
		const url = authorizeUrl(connection, {
			clientId: app.clientId,
			redirectUri: listener.redirectUri,
			state: loginState,
		});
		await call(await consent(url, 'deny'));
		const outcome = await listener.result;
		assert.equal(outcome.ok ? 'ok' : outcome.reason, 'denied');
	});
});
