import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {clientCredentialsToken} from '../../source/box/client-credentials.js';
import {downscopeToken} from '../../source/box/downscope-token.js';
import {parseJwtConfig} from '../../source/box/jwt-config.js';
import {jwtToken} from '../../source/box/jwt-grant.js';
import {
	authorizeUrl,
	createPkce,
	createState,
	exchangeCode,
	refreshAccessToken,
	revokeToken,
} from '../../source/box/oauth.js';
import {checkAppToken, checkDeveloperToken} from '../../source/box/static-tokens.js';
import {getCurrentUser} from '../../source/box/users-me.js';
import {connectTo, consentAs} from '../helpers/box-connection-fixture.js';
import {appOfType, useSandbox} from '../helpers/sandbox-fixture.js';

function expectOk<Value>(result: {ok: true; value: Value} | {ok: false; failure: unknown}): Value {
	if (!result.ok) {
		assert.fail(`expected success, got ${JSON.stringify(result.failure)}`);
	}

	return result.value;
}

describe('the Box client gets a token every way Box offers, from the sandbox', () => {
	const sandbox = useSandbox();
	const admin = () => {
		const user = sandbox()
			.describe()
			.users.find((candidate) => candidate.role === 'admin');
		assert.ok(user);
		return user;
	};

	it('Client Credentials Grant, enterprise subject: the service account', async () => {
		const connection = connectTo(sandbox());
		const app = appOfType(sandbox(), 'Demo CCG App');
		const token = expectOk(
			await clientCredentialsToken(connection, app, {
				type: 'enterprise',
				id: sandbox().describe().enterprise.id,
			}),
		);
		assert.ok(token.expiresIn >= 3600 && token.expiresIn <= 4300);
		assert.equal(token.refreshToken, undefined);
		const me = expectOk(await getCurrentUser(connection, token.accessToken));
		assert.equal(me.isServiceAccount, true);
		assert.equal(me.name, 'Demo CCG App');
		assert.equal(me.enterprise?.id, sandbox().describe().enterprise.id);
	});

	it('Client Credentials Grant, user subject: that user', async () => {
		const connection = connectTo(sandbox());
		const app = appOfType(sandbox(), 'Demo CCG App');
		const token = expectOk(
			await clientCredentialsToken(connection, app, {type: 'user', id: admin().id}),
		);
		const me = expectOk(await getCurrentUser(connection, token.accessToken));
		assert.equal(me.id, admin().id);
		assert.equal(me.isServiceAccount, false);
	});

	it('JWT from the console config, as the service account and as a user', async () => {
		const connection = connectTo(sandbox());
		const app = appOfType(sandbox(), 'Demo JWT App');
		const parsed = parseJwtConfig(JSON.stringify(app.jwtConfig));
		assert.ok(parsed.ok);
		const enterprise = expectOk(
			await jwtToken(connection, parsed.config, {
				type: 'enterprise',
				id: parsed.config.enterpriseId ?? '',
			}),
		);
		assert.equal(
			expectOk(await getCurrentUser(connection, enterprise.accessToken)).isServiceAccount,
			true,
		);
		const user = expectOk(
			await jwtToken(connection, parsed.config, {type: 'user', id: admin().id}),
		);
		assert.equal(expectOk(await getCurrentUser(connection, user.accessToken)).id, admin().id);
	});

	it('OAuth 2.0 with PKCE: consent, code exchange, refresh with rotation, revoke', async () => {
		const connection = connectTo(sandbox());
		const app = appOfType(sandbox(), 'Demo OAuth App');
		const pkce = createPkce();
		const state = createState();
		const redirectUri = 'http://localhost:49152/callback';
		const url = authorizeUrl(connection, {
			clientId: app.clientId,
			redirectUri,
			state,
			codeChallenge: pkce.challenge,
		});
		const query = await consentAs(url, admin().id);
		assert.equal(query.get('state'), state);
		const first = expectOk(
			await exchangeCode(connection, app, {
				code: query.get('code') ?? '',
				redirectUri,
				codeVerifier: pkce.verifier,
			}),
		);
		assert.match(first.refreshToken ?? '', /^[A-Za-z\d]{64}$/);
		assert.equal(expectOk(await getCurrentUser(connection, first.accessToken)).id, admin().id);

		const second = expectOk(await refreshAccessToken(connection, app, first.refreshToken ?? ''));
		assert.notEqual(second.refreshToken, first.refreshToken);
		const reused = await refreshAccessToken(connection, app, first.refreshToken ?? '');
		assert.equal(reused.ok, false);

		expectOk(await revokeToken(connection, app, second.accessToken));
		const afterRevoke = await getCurrentUser(connection, second.accessToken);
		assert.equal(afterRevoke.ok ? 200 : afterRevoke.failure.status, 401);
	});

	it('Developer token and App Token checks', async () => {
		const connection = connectTo(sandbox());
		const developer = expectOk(
			await checkDeveloperToken(connection, sandbox().describe().developerToken),
		);
		assert.equal(developer.id, admin().id);
		const app = appOfType(sandbox(), 'Demo Limited Access App');
		assert.deepEqual(expectOk(await checkAppToken(connection, app.appToken ?? '')), {
			limited: true,
		});
		const wrong = await checkAppToken(connection, 'x'.repeat(32));
		assert.equal(wrong.ok ? 200 : wrong.failure.status, 401);
	});

	it('token exchange: a downscoped token for one file', async () => {
		const connection = connectTo(sandbox());
		const token = expectOk(
			await downscopeToken(connection, {
				subjectToken: sandbox().describe().developerToken,
				scopes: ['item_preview'],
			}),
		);
		assert.deepEqual(token.restrictedTo, [{scope: 'item_preview'}]);
		assert.equal(token.refreshToken, undefined);
	});
});
