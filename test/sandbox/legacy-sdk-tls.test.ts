import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, it} from 'node:test';
import {promisify} from 'node:util';
import BoxSDK from 'box-node-sdk-legacy';
import {type SandboxTls, sandboxCertificate} from '../../source/sandbox/sandbox-certificate.js';
import type {RunningSandbox} from '../../source/sandbox/start-sandbox.js';
import {appOfType, useSandbox} from '../helpers/sandbox-fixture.js';

// Box's legacy Node SDK (box-node-sdk 3.x, which Box CLI is built on) sends every request through
// an https.Agent, so it refuses a plain-HTTP sandbox outright. `boxauth sandbox --tls` is for it:
// this file drives the SDK against the sandbox serving HTTPS with its own certificate.

const runFile = promisify(execFile);

// The SDK's proxy support reads HTTP(S)_PROXY only when given a proxy; the sandbox is on loopback.
process.env['NO_PROXY'] = ['127.0.0.1', 'localhost', process.env['NO_PROXY']]
	.filter(Boolean)
	.join(',');

const configDir = mkdtempSync(path.join(tmpdir(), 'boxauth-legacy-sdk-'));
const tls: SandboxTls = await sandboxCertificate(configDir, Date.now());

type LegacyConfig = ConstructorParameters<typeof BoxSDK>[0];

/** The SDK pointed at the sandbox for every URL, as Box CLI's `--api-root-url` family would. */
function legacySdk(
	sandbox: RunningSandbox,
	name: string,
	extra: Record<string, unknown> = {},
	origin = sandbox.urls.baseUrl,
) {
	const app = appOfType(sandbox, name);
	return new BoxSDK({
		clientID: app.clientId,
		clientSecret: app.clientSecret,
		apiRootURL: origin,
		uploadAPIRootURL: `${origin}/api`,
		authorizeRootURL: `${origin}/api`,
		enterpriseID: sandbox.describe().enterprise.id,
		// A failure under test fails at once instead of after 5 retries 2 s apart.
		numMaxRetries: 0,
		...extra,
	} as unknown as LegacyConfig);
}

/** The certificate authority given to the SDK's request library, for its https.Agent. */
const trusting = {request: {agentOptions: {keepAlive: false, ca: tls.ca}}};

type LegacyUser = {type: string; id: string; login: string; name: string};

describe('box-node-sdk 3 (legacy) against boxauth sandbox --tls', {timeout: 30_000}, () => {
	const sandbox = useSandbox({tls: {cert: tls.cert, key: tls.key}});

	it('serves https URLs', () => {
		assert.match(sandbox().urls.baseUrl, /^https:\/\/127\.0\.0\.1:\d+$/);
		assert.match(sandbox().urls.uploadUrl, /^https:\/\/127\.0\.0\.1:\d+\/api$/);
	});

	it('gets the service account with a CCG client (getAnonymousClient)', async () => {
		const client = legacySdk(sandbox(), 'Demo CCG App', trusting).getAnonymousClient();
		const me = (await client.users.get(client.CURRENT_USER_ID)) as LegacyUser;
		assert.equal(me.type, 'user');
		assert.match(me.login, /^AutomationUser_\d+_\w+@boxdevedition\.com$/);
	});

	it('gets the user it acts for with a CCG client for a user (getCCGClientForUser)', async () => {
		const admin = sandbox()
			.describe()
			.users.find((user) => user.role === 'admin');
		assert.ok(admin, 'the sandbox has an admin');
		const client = legacySdk(sandbox(), 'Demo CCG App', trusting).getCCGClientForUser(admin.id);
		const me = (await client.users.get(client.CURRENT_USER_ID)) as LegacyUser;
		assert.deepEqual(
			{id: me.id, login: me.login, name: me.name},
			{id: admin.id, login: admin.login, name: admin.name},
		);
	});

	it('gets the service account with a JWT client (getAppAuthClient), as Box CLI logs in', async () => {
		const app = appOfType(sandbox(), 'Demo JWT App');
		const appAuth = app.jwtConfig?.boxAppSettings.appAuth;
		assert.ok(appAuth, 'the JWT app has a console config');
		const sdk = legacySdk(sandbox(), 'Demo JWT App', {
			...trusting,
			appAuth: {
				keyID: appAuth.publicKeyID,
				privateKey: appAuth.privateKey,
				passphrase: appAuth.passphrase,
			},
		});
		const client = sdk.getAppAuthClient('enterprise', sandbox().describe().enterprise.id);
		const me = (await client.users.get(client.CURRENT_USER_ID)) as LegacyUser;
		assert.match(me.login, /^AutomationUser_\d+_\w+@boxdevedition\.com$/);
	});

	it('gets the admin with a basic client and the developer token', async () => {
		const client = legacySdk(sandbox(), 'Demo OAuth App', trusting).getBasicClient(
			sandbox().describe().developerToken,
		);
		const me = (await client.users.get(client.CURRENT_USER_ID)) as LegacyUser;
		const admin = sandbox()
			.describe()
			.users.find((user) => user.role === 'admin');
		assert.equal(me.id, admin?.id);
	});

	it('trusts the sandbox through NODE_EXTRA_CA_CERTS, as boxauth sandbox --tls says', async () => {
		// NODE_EXTRA_CA_CERTS is read when Node starts, so the SDK runs in a process of its own,
		// given nothing but the sandbox's URLs and the CCG app's credentials.
		const app = appOfType(sandbox(), 'Demo CCG App');
		const script = `
			const BoxSDK = require('box-node-sdk-legacy');
			const [origin, clientID, clientSecret, enterpriseID] = process.argv.slice(1);
			const sdk = new BoxSDK({clientID, clientSecret, enterpriseID, apiRootURL: origin,
				uploadAPIRootURL: origin + '/api', authorizeRootURL: origin + '/api', numMaxRetries: 0});
			const client = sdk.getAnonymousClient();
			client.users.get(client.CURRENT_USER_ID).then(
				(me) => console.log(JSON.stringify(me)),
				(error) => { console.error(error.message); process.exitCode = 1; },
			);`;
		const {stdout} = await runFile(
			process.execPath,
			[
				'-e',
				script,
				sandbox().urls.baseUrl,
				app.clientId,
				app.clientSecret,
				sandbox().describe().enterprise.id,
			],
			{
				cwd: path.join(import.meta.dirname, '..', '..'),
				env: {...process.env, NODE_EXTRA_CA_CERTS: tls.caFile},
				timeout: 20_000,
			},
		);
		const me = JSON.parse(stdout) as LegacyUser;
		assert.match(me.login, /@boxdevedition\.com$/);
	});

	it('fails with a certificate error when the certificate is not trusted', async () => {
		const client = legacySdk(sandbox(), 'Demo CCG App').getAnonymousClient();
		// The sandbox presents its own certificate, whose authority nothing here trusts.
		await assert.rejects(client.users.get(client.CURRENT_USER_ID), (error: Error) => {
			assert.equal((error as Error & {code?: string}).code, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
			assert.match(error.message, /unable to verify the first certificate/);
			return true;
		});
	});
});

describe('box-node-sdk 3 (legacy) against a plain-HTTP sandbox', {timeout: 30_000}, () => {
	const sandbox = useSandbox();

	it('refuses it: Protocol "http:" not supported (the reason for --tls)', async () => {
		assert.match(sandbox().urls.baseUrl, /^http:\/\//);
		const client = legacySdk(sandbox(), 'Demo CCG App').getAnonymousClient();
		await assert.rejects(client.users.get(client.CURRENT_USER_ID), (error: Error) => {
			assert.match(error.message, /Protocol "http:" not supported/);
			return true;
		});
	});
});
