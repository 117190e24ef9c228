import assert from 'node:assert/strict';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {after, before, describe, it} from 'node:test';
import {openDashboardSession} from '../../source/commands/dashboard/dashboard-session.js';
import {openProfiles} from '../../source/profiles/open-profiles.js';
import type {Profile, SecretName} from '../../source/profiles/profile.js';
import type {RunningSandbox} from '../../source/sandbox/start-sandbox.js';
import {accessToken} from '../../source/tokens/token-lifetimes.js';
import {consentAs} from '../helpers/box-connection-fixture.js';
import {isolatedHome, noKeychain} from '../helpers/isolated-environment.js';
import {assertNoSecrets, secretsOf} from '../helpers/leak-check.js';
import {runBoxauthInProcess} from '../helpers/run-boxauth.js';
import {appOfType, closedPort, useSandbox} from '../helpers/sandbox-fixture.js';
import {writeSandboxProfile} from '../helpers/sandbox-profile.js';

type Outcome = {code: number; stdout: string; stderr: string};

/** Runs the built `boxauth doctor` as a script would, with the config folder given. */
async function runDoctor(
	environment: Record<string, string>,
	flags: {profile?: string; json?: boolean} = {},
): Promise<Outcome> {
	const args = [
		'doctor',
		...(flags.profile ? ['--profile', flags.profile] : []),
		...(flags.json ? ['--json'] : []),
	];
	return runBoxauthInProcess(args, {env: environment});
}

type Report = {
	profile: string;
	checks: Array<{
		name: string;
		status: string;
		detail: string;
		diagnosis?: {id: string; what: string; why: string[]; fix: string[]; docs: string};
	}>;
	healthy: boolean;
};

const checkOrder = [
	'box-reachable',
	'proxy',
	'clock',
	'credentials',
	'app-authorization',
	'subject',
	'users-me',
];

async function jsonReport(environment: Record<string, string>, profile: string) {
	const outcome = await runDoctor(environment, {profile, json: true});
	const report = JSON.parse(outcome.stdout) as Report;
	const check = (name: string) => {
		const found = report.checks.find((each) => each.name === name);
		assert.ok(found, `the report has the ${name} check`);
		return found;
	};

	return {...outcome, report, check};
}

/** A line of the text report: its mark and word, then the check's label. */
const line = (stdout: string, label: string) =>
	stdout.split('\n').find((each) => each.includes(`  ${label}: `)) ?? '';

const control = async (sandbox: RunningSandbox, route: string, body: unknown = {}) => {
	const answer = await fetch(`${sandbox.urls.baseUrl}/_sandbox${route}`, {
		method: 'POST',
		body: JSON.stringify(body),
	});
	assert.equal(answer.status, 200, `${route} answered ${answer.status}`);
};

describe('boxauth doctor', () => {
	const sandbox = useSandbox();

	/** A profile written straight into a fresh config folder, with its secrets. */
	async function profileWith(
		profile: Partial<Profile> & Pick<Profile, 'name' | 'authType'>,
		secrets: Partial<Record<SecretName, string>>,
	) {
		const environment = isolatedHome().env;
		const profiles = await openProfiles({environment, now: Date.now, keychain: noKeychain});
		await writeSandboxProfile(profiles, sandbox(), {profile, secrets});

		const saved = async () => {
			const reread = await openProfiles({environment, now: Date.now, keychain: noKeychain});
			return {profile: reread.settings.profiles[profile.name], secrets: reread.secrets};
		};

		return {environment, saved};
	}

	const enterpriseId = () => sandbox().describe().enterprise.id;
	const member = () => {
		const found = sandbox()
			.describe()
			.users.find((user) => user.role === 'user' && user.login.startsWith('milo'));
		assert.ok(found);
		return found;
	};

	const ccgProfile = (name: string, app = 'Demo CCG App', secret?: string) => {
		const {clientId, clientSecret} = appOfType(sandbox(), app);
		return profileWith(
			{name, authType: 'ccg', clientId, subject: {type: 'enterprise', id: enterpriseId()}},
			{'client-secret': secret ?? clientSecret},
		);
	};

	/** Every secret the sandbox knows: none may appear in doctor's output. */
	const assertNoSecretsIn = (output: string) => {
		assertNoSecrets(output, secretsOf(sandbox().runtime.state), "doctor's output");
	};

	it('passes every check for a working CCG profile, exits 0 and records the check', async () => {
		const {environment, saved} = await ccgProfile('work');
		const {code, stdout, stderr} = await runDoctor(environment, {profile: 'work'});
		assert.equal(code, 0, stdout + stderr);
		const checkLines = stdout.split('\n').filter((each) => /^[✔✖–!] /.test(each));
		assert.equal(checkLines.length, 7, stdout);
		for (const each of checkLines) {
			assert.match(each, /^✔ passed /, stdout);
		}

		assert.match(line(stdout, 'Box reachable'), /answered \(401 to a request without a token/);
		assert.match(line(stdout, 'Proxy'), /No proxy is set/);
		assert.match(line(stdout, 'users/me'), /the app's service account .*AutomationUser_/);
		assert.match(line(stdout, 'users/me'), new RegExp(`enterprise ${enterpriseId()}`));
		assert.match(stdout, /Healthy: nothing failed\.$/m);
		assert.doesNotMatch(stdout, /\u001B\[/, 'no colour codes');
		assertNoSecretsIn(stdout + stderr);

		const {profile} = await saved();
		assert.equal(profile?.lastCheck?.ok, true);
	});

	it("passes every check for a profile made with profiles add --sandbox, on boxauth's own sandbox", async () => {
		const environment = isolatedHome().env;
		const added = await runBoxauthInProcess(
			['profiles', 'add', 'demo', '--sandbox', '--auth-type', 'ccg'],
			{env: environment},
		);
		assert.equal(added.code, 0, added.stderr);
		const {code, stdout} = await runDoctor(environment, {profile: 'demo'});
		assert.equal(code, 0, stdout);
		assert.match(
			stdout,
			/^boxauth doctor: profile demo \(Client Credentials Grant, boxauth's sandbox\)$/m,
		);
		assert.equal(stdout.match(/^✔ passed /gm)?.length, 7, stdout);
	});

	it('prints the report as JSON with --json', async () => {
		const {environment} = await ccgProfile('json');
		const {code, report} = await jsonReport(environment, 'json');
		assert.equal(code, 0);
		assert.deepEqual(Object.keys(report).sort(), ['checks', 'healthy', 'profile', 'version']);
		assert.equal(report.profile, 'json');
		assert.equal(report.healthy, true);
		assert.deepEqual(
			report.checks.map((check) => check.name),
			checkOrder,
		);
		for (const check of report.checks) {
			assert.deepEqual(Object.keys(check).sort(), ['detail', 'name', 'status']);
			assert.equal(check.status, 'passed');
		}
	});

	it('fails app authorization for an app the admin deauthorized, with the Admin Console fix', async () => {
		const {clientId} = appOfType(sandbox(), 'Demo CCG App');
		const {environment, saved} = await ccgProfile('deauthorized');
		await control(sandbox(), `/apps/${clientId}/deauthorize`);
		try {
			const {code, report, check, stdout} = await jsonReport(environment, 'deauthorized');
			assert.equal(code, 3, stdout);
			assert.equal(report.healthy, false);
			assert.equal(
				check('credentials').status,
				'skipped',
				'an answer about authorization proves no secret',
			);
			assert.match(check('credentials').detail, /not what Box objected to/);
			const authorization = check('app-authorization');
			assert.equal(authorization.status, 'failed');
			// A CCG app without its authorization, asked for its enterprise: Box's insufficient_scope.
			assert.equal(authorization.diagnosis?.id, 'ccg-insufficient-scope-not-authorized');
			assert.ok(
				authorization.diagnosis?.fix.some((step) =>
					step.includes('Admin Console > Integrations > Platform Apps Manager'),
				),
			);
			for (const name of ['subject', 'users-me']) {
				assert.equal(check(name).status, 'skipped');
				assert.equal(check(name).detail, 'needs a token');
			}

			assertNoSecretsIn(stdout);
			const {profile} = await saved();
			assert.equal(profile?.lastCheck?.ok, false);
			assert.equal(profile?.lastCheck?.diagnosisId, 'ccg-insufficient-scope-not-authorized');
		} finally {
			await control(sandbox(), `/apps/${clientId}/authorize`);
		}
	});

	it('fails credentials for a wrong client secret, and prints the diagnosis under the failure', async () => {
		const {environment} = await ccgProfile('wrong', 'Demo CCG App', 'x'.repeat(32));
		const {code, stdout} = await runDoctor(environment, {profile: 'wrong'});
		assert.equal(code, 3);
		assert.match(line(stdout, 'Credentials'), /^✖ failed +Credentials: Box refused/);
		assert.match(line(stdout, 'App authorization'), /^– skipped +App authorization: needs a token/);
		assert.match(line(stdout, 'Enterprise or user'), /^– skipped /);
		const diagnosis = stdout.slice(stdout.indexOf('Credentials: '));
		assert.match(
			diagnosis,
			/\n\n {6}Why \(most likely first\):\n {8}1\. The client ID and secret are wrong/,
		);
		assert.doesNotMatch(diagnosis, /What happened/, 'the check line already says it');
		assert.match(diagnosis, /\n {6}Docs: https:\/\/developer\.box\.com\//);
		assert.match(stdout, /^Not healthy: 1 check failed\./m);
		assertNoSecretsIn(stdout);
	});

	it('narrows "Grant credentials are invalid" for a user the app may not act as: the enterprise works', async () => {
		const {clientId, clientSecret} = appOfType(sandbox(), 'App Access Only CCG App');
		const user = member();
		const {environment} = await profileWith(
			{
				name: 'milo',
				authType: 'ccg',
				clientId,
				subject: {type: 'user', id: user.id},
				identity: {
					id: user.id,
					name: user.name,
					login: user.login,
					enterpriseId: enterpriseId(),
					isServiceAccount: false,
				},
			},
			{'client-secret': clientSecret},
		);
		const {code, check} = await jsonReport(environment, 'milo');
		assert.equal(code, 3);
		assert.equal(check('credentials').status, 'passed');
		assert.equal(
			check('credentials').detail,
			`The same client ID and secret get a token for enterprise ${enterpriseId()}`,
		);
		assert.equal(check('app-authorization').status, 'passed');
		const subject = check('subject');
		assert.equal(subject.status, 'failed');
		assert.equal(subject.diagnosis?.id, 'ccg-grant-credentials-invalid');
		assert.match(subject.detail, /secret is right and the app is authorized/);
		assert.match(subject.detail, new RegExp(`Box refuses user ${user.id}`));
		assert.equal(subject.diagnosis?.why.length, 2, 'only the subject causes are left');
		assert.match(subject.diagnosis?.why[0] ?? '', /Generate user access tokens/);
	});

	it('fails reachability on a closed port, diagnoses it, and skips the checks that need Box', async () => {
		const port = await closedPort();
		const {environment} = await profileWith(
			{
				name: 'away',
				authType: 'ccg',
				clientId: 'abc',
				subject: {type: 'enterprise', id: '1'},
				urls: {
					apiUrl: `http://127.0.0.1:${port}`,
					uploadUrl: `http://127.0.0.1:${port}/api`,
					authorizeUrl: `http://127.0.0.1:${port}/api/oauth2/authorize`,
				},
			},
			{'client-secret': 'y'.repeat(32)},
		);
		const {code, check, report} = await jsonReport(environment, 'away');
		assert.equal(code, 4);
		assert.equal(check('box-reachable').status, 'failed');
		assert.equal(check('box-reachable').diagnosis?.id, 'transport-refused');
		assert.equal(check('proxy').status, 'passed', 'the proxy settings are still reported');
		for (const name of checkOrder.slice(2)) {
			assert.equal(check(name).status, 'skipped', name);
			assert.equal(check(name).detail, `needs an answer from 127.0.0.1:${port}`);
		}

		assert.equal(report.healthy, false);
	});

	it('reports the proxy in effect with its password masked, and whether NO_PROXY excludes the host', async () => {
		const {environment} = await ccgProfile('proxied');
		const password = 'Pr0xyPassw0rdThatIsLong';
		const {code, stdout} = await runDoctor(
			{
				...environment,
				https_proxy: `http://ada:${password}@proxy.example.com:8080`,
				http_proxy: `http://ada:${password}@proxy.example.com:8080`,
				no_proxy: '127.0.0.1,localhost',
			},
			{profile: 'proxied'},
		);
		assert.equal(code, 0, stdout);
		assert.match(
			line(stdout, 'Proxy'),
			/http_proxy=http:\/\/ada:…@proxy\.example\.com:8080 is set, but no_proxy=127\.0\.0\.1,localhost excludes 127\.0\.0\.1:\d+/,
		);
		assert.ok(!stdout.includes(password), 'the proxy password is masked');
	});

	it('renews an OAuth profile through the locked renewal, storing the new refresh token', async () => {
		const app = appOfType(sandbox(), 'Demo OAuth App');
		const admin = sandbox()
			.describe()
			.users.find((user) => user.role === 'admin');
		assert.ok(admin);
		const {issueTokens} = await oauthLogin(sandbox(), app, admin.id);
		const longAgo = Date.now() - 2 * 60 * 60 * 1000;
		const {environment, saved} = await profileWith(
			{
				name: 'oauth',
				authType: 'oauth',
				clientId: app.clientId,
				tokens: {access: accessToken(longAgo, 3600)},
			},
			{
				'client-secret': app.clientSecret,
				'access-token': issueTokens.accessToken,
				'refresh-token': issueTokens.refreshToken,
			},
		);
		const {code, check, stdout} = await jsonReport(environment, 'oauth');
		assert.equal(code, 0, stdout);
		assert.match(check('credentials').detail, /the new refresh token is saved/);
		assert.match(check('users-me').detail, new RegExp(`user ${admin.id}`));
		const {secrets} = await saved();
		const stored = await secrets.get('oauth', 'refresh-token');
		assert.ok(stored && stored !== issueTokens.refreshToken, 'the rotated refresh token is stored');
		const again = await fetch(`${sandbox().urls.baseUrl}/oauth2/token`, {
			method: 'POST',
			body: new URLSearchParams({
				grant_type: 'refresh_token',
				refresh_token: stored,
				client_id: app.clientId,
				client_secret: app.clientSecret,
			}),
		});
		assert.equal(again.status, 200, 'the stored refresh token works');
		assertNoSecretsIn(stdout);
	});

	describe('a JWT profile while the clocks disagree', () => {
		// Box stamps its answers with its own clock. The sandbox's server stamps them with the
		// machine's, so this stand-in for Box puts the sandbox's clock in the Date header.
		let box: Server;
		let boxUrl = '';
		before(async () => {
			box = createServer((request, response) => {
				const chunks: Buffer[] = [];
				request.on('data', (chunk: Buffer) => chunks.push(chunk));
				request.on('end', async () => {
					const body = Buffer.concat(chunks);
					const answer = await fetch(`${sandbox().urls.baseUrl}${request.url ?? '/'}`, {
						method: request.method ?? 'GET',
						headers: Object.fromEntries(
							['authorization', 'content-type'].flatMap((name) => {
								const value = request.headers[name];
								return typeof value === 'string' ? [[name, value]] : [];
							}),
						),
						...(body.length > 0 ? {body} : {}),
					});
					const text = Buffer.from(await answer.arrayBuffer());
					const headers: Record<string, string> = {};
					for (const [name, value] of answer.headers) {
						if (!['date', 'content-length', 'transfer-encoding', 'connection'].includes(name)) {
							headers[name] = value;
						}
					}

					headers['date'] = new Date(sandbox().runtime.now()).toUTCString();
					response.writeHead(answer.status, headers);
					response.end(text);
				});
			});
			await new Promise<void>((resolve) => {
				box.listen(0, '127.0.0.1', resolve);
			});
			boxUrl = `http://127.0.0.1:${(box.address() as AddressInfo).port}`;
		});
		after(async () => {
			box.closeAllConnections();
			await new Promise((resolve) => {
				box.close(resolve);
			});
			await control(sandbox(), '/clock', {offsetSeconds: 0});
		});

		const jwtProfile = () => {
			const {jwtConfig} = appOfType(sandbox(), 'Demo JWT App');
			assert.ok(jwtConfig);
			const {clientID, clientSecret, appAuth} = jwtConfig.boxAppSettings;
			return profileWith(
				{
					name: 'jwt',
					authType: 'jwt',
					clientId: clientID,
					publicKeyId: appAuth.publicKeyID,
					subject: {type: 'enterprise', id: enterpriseId()},
					urls: {apiUrl: boxUrl, uploadUrl: `${boxUrl}/api`, authorizeUrl: boxUrl},
				},
				{
					'client-secret': clientSecret,
					'private-key': appAuth.privateKey,
					passphrase: appAuth.passphrase,
				},
			);
		};

		it('passes while the clocks agree', async () => {
			const {environment} = await jwtProfile();
			const {code, check, stdout} = await jsonReport(environment, 'jwt');
			assert.equal(code, 0, stdout);
			assert.equal(check('clock').status, 'passed');
		});

		it("fails the clock check when Box's clock is 2 minutes ahead, and says by how much", async () => {
			await control(sandbox(), '/clock', {offsetSeconds: 120});
			const {environment} = await jwtProfile();
			const {code, check, stdout} = await jsonReport(environment, 'jwt');
			assert.equal(code, 3, stdout);
			const clock = check('clock');
			assert.equal(clock.status, 'failed');
			assert.equal(clock.diagnosis?.id, 'jwt-clock-skew');
			assert.match(clock.detail, /This machine's clock is 1(19|20|21) s behind Box's/);
			const credentials = check('credentials');
			assert.equal(credentials.status, 'failed');
			assert.equal(credentials.diagnosis?.id, 'jwt-exp-passed');
			assertNoSecretsIn(stdout);
		});

		it('gives the same clock difference through boxauth token and the dashboard, not only doctor', async () => {
			await control(sandbox(), '/clock', {offsetSeconds: 120});
			const {environment} = await jwtProfile();
			const token = await runBoxauthInProcess(['token', '--profile', 'jwt'], {env: environment});
			assert.equal(token.code, 3);
			assert.equal(token.stdout, '');
			assert.match(token.stderr, /This machine's clock is 1(19|20|21) s behind Box's/);

			const profiles = await openProfiles({environment, now: Date.now, keychain: noKeychain});
			const session = openDashboardSession({
				profiles,
				now: Date.now,
				random: Math.random,
				connecting: {report: () => undefined},
			});
			try {
				const answer = await session.renew('jwt');
				assert.ok(!answer.ok);
				assert.equal(answer.diagnosis.id, 'jwt-exp-passed');
				assert.match(
					answer.diagnosis.why.join('\n'),
					/This machine's clock is 1(19|20|21) s behind/,
				);
			} finally {
				await session.close();
			}
		});
	});

	it('exits 1 with the message for a profile that does not exist, and when there is none', async () => {
		const {environment} = await ccgProfile('only');
		const unknown = await runDoctor(environment, {profile: 'nope'});
		assert.equal(unknown.code, 1);
		assert.equal(unknown.stdout, '');
		assert.match(unknown.stderr, /no profile named nope/);

		const none = await runDoctor(isolatedHome().env);
		assert.equal(none.code, 1);
		assert.match(none.stderr, /no profiles yet/);
	});
});

/** Plays a person logging in on the consent page, and exchanges the code for tokens. */
async function oauthLogin(
	sandbox: RunningSandbox,
	app: {clientId: string; clientSecret: string},
	userId: string,
) {
	const authorize = new URL(sandbox.urls.authorizeUrl);
	authorize.search = new URLSearchParams({
		response_type: 'code',
		client_id: app.clientId,
		redirect_uri: 'http://localhost:3000/callback',
		state: 'doctor-test',
	}).toString();
	const query = await consentAs(authorize.toString(), userId);
	const exchange = await fetch(`${sandbox.urls.baseUrl}/oauth2/token`, {
		method: 'POST',
		body: new URLSearchParams({
			grant_type: 'authorization_code',
			code: query.get('code') ?? '',
			client_id: app.clientId,
			client_secret: app.clientSecret,
		}),
	});
	const body = (await exchange.json()) as {access_token: string; refresh_token: string};
	return {issueTokens: {accessToken: body.access_token, refreshToken: body.refresh_token}};
}
