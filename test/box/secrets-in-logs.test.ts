import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {clientCredentialsToken} from '../../source/box/client-credentials.js';
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
import {checkDeveloperToken} from '../../source/box/static-tokens.js';
import {getCurrentUser} from '../../source/box/users-me.js';
import {connectTo, consentAs} from '../helpers/box-connection-fixture.js';
import {assertNoSecrets} from '../helpers/leak-check.js';
import {appOfType, useSandbox} from '../helpers/sandbox-fixture.js';

describe('no recorded exchange or failure contains a secret that went into it', () => {
	const sandbox = useSandbox();

	it('keeps every secret of every grant out of the log', async () => {
		const connection = connectTo(sandbox());
		const described = sandbox().describe();
		const admin = described.users.find((user) => user.role === 'admin');
		assert.ok(admin);
		const secrets: string[] = [described.developerToken];
		const failures: unknown[] = [];
		const remember = (result: {ok: boolean; value?: unknown; failure?: unknown}) => {
			if (result.ok) {
				const token = result.value as {accessToken?: string; refreshToken?: string};
				for (const secret of [token.accessToken, token.refreshToken]) {
					if (secret) {
						secrets.push(secret);
					}
				}
			} else {
				failures.push(result.failure);
			}
		};

		const ccg = appOfType(sandbox(), 'Demo CCG App');
		secrets.push(ccg.clientSecret);
		const enterprise = {type: 'enterprise' as const, id: described.enterprise.id};
		remember(await clientCredentialsToken(connection, ccg, enterprise));
		remember(
			await clientCredentialsToken(
				connection,
				{...ccg, clientSecret: 'Wr0ngSecretWr0ngSecretWr0ngSecre'},
				enterprise,
			),
		);
		secrets.push('Wr0ngSecretWr0ngSecretWr0ngSecre');

		const jwtApp = appOfType(sandbox(), 'Demo JWT App');
		const parsed = parseJwtConfig(JSON.stringify(jwtApp.jwtConfig));
		assert.ok(parsed.ok);
		secrets.push(
			parsed.config.clientSecret,
			parsed.config.passphrase,
			parsed.config.privateKey.split('\n')[1] ?? '',
		);
		remember(await jwtToken(connection, parsed.config, enterprise));

		const oauth = appOfType(sandbox(), 'Demo OAuth App');
		secrets.push(oauth.clientSecret);
		const pkce = createPkce();
		secrets.push(pkce.verifier);
		const redirectUri = 'http://localhost:3000/callback';
		const query = await consentAs(
			authorizeUrl(connection, {
				clientId: oauth.clientId,
				redirectUri,
				state: createState(),
				codeChallenge: pkce.challenge,
			}),
			admin.id,
		);
		const code = query.get('code') ?? '';
		secrets.push(code);
		const first = await exchangeCode(connection, oauth, {
			code,
			redirectUri,
			codeVerifier: pkce.verifier,
		});
		remember(first);
		remember(await exchangeCode(connection, oauth, {code}));
		const refreshToken = first.ok ? (first.value.refreshToken ?? '') : '';
		const second = await refreshAccessToken(connection, oauth, refreshToken);
		remember(second);
		remember(await refreshAccessToken(connection, oauth, refreshToken));
		await revokeToken(connection, oauth, second.ok ? second.value.accessToken : '');
		remember(await checkDeveloperToken(connection, described.developerToken));
		remember(
			await getCurrentUser(
				connection,
				`${described.developerToken.slice(0, 10)}NotARealTokenAtAll22`,
			),
		);
		secrets.push(`${described.developerToken.slice(0, 10)}NotARealTokenAtAll22`);

		const everything = JSON.stringify({log: connection.log.entries, failures});
		assert.ok(connection.log.entries.length >= 10, 'the flows were recorded');
		assert.ok(failures.length >= 3, 'failures were recorded');
		assert.ok(
			secrets.every((secret) => secret.length >= 16),
			'real secrets',
		);
		assertNoSecrets(everything, secrets, 'the log');

		assert.ok(
			everything.includes(`${ccg.clientSecret.slice(0, 4)}…`),
			'secrets are masked, not dropped',
		);
	});
});
