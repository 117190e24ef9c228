import assert from 'node:assert/strict';
import {createServer, type Server} from 'node:net';
import {describe, it} from 'node:test';
import {openConnection} from '../../source/box/open-connection.js';
import {oauthSignIn, usualCallbackPort} from '../../source/commands/setup/oauth-sign-in.js';
import type {SignInWaiting} from '../../source/wizard/setup-actions.js';

const connection = openConnection({
	apiUrl: 'http://127.0.0.1:9',
	uploadUrl: 'http://127.0.0.1:9/api',
	authorizeUrl: 'http://127.0.0.1:9/api/oauth2/authorize',
});

/** Starts a sign-in and returns the redirect URI it waits on, then ends it. */
async function redirectUriOfASignIn(): Promise<string> {
	const signIn = oauthSignIn({connection, now: Date.now});
	const waiting = new Promise<SignInWaiting>((resolve) => {
		void signIn.start({clientId: 'id', clientSecret: 'secret'}, resolve);
	});
	const {redirectUri} = await waiting;
	await signIn.close();
	return redirectUri;
}

const holdPort = async (port: number, host: string) =>
	new Promise<Server | undefined>((resolve) => {
		const server = createServer();
		server.once('error', () => {
			resolve(undefined);
		});
		server.listen(port, host, () => {
			resolve(server);
		});
	});

describe('the port the OAuth sign-in listens on', () => {
	it('is the one the console clicks tell people to register, 3000', async (t) => {
		const probe = await holdPort(usualCallbackPort, '127.0.0.1');
		if (!probe) {
			t.skip('something on this machine already holds port 3000');
			return;
		}

		probe.close();
		assert.equal(await redirectUriOfASignIn(), 'http://localhost:3000/callback');
	});

	it('falls back to a free port, and says it, only when 3000 is taken', async () => {
		const held = await holdPort(usualCallbackPort, '127.0.0.1');
		try {
			const redirectUri = await redirectUriOfASignIn();
			assert.match(redirectUri, /^http:\/\/localhost:\d+\/callback$/);
			assert.notEqual(redirectUri, 'http://localhost:3000/callback');
		} finally {
			held?.close();
		}
	});
});
