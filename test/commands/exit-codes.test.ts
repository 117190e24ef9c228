import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {Failure} from '../../source/box/failure.js';
import {combinedExitCode, exitCode, exitCodeOf} from '../../source/commands/shared/exit-codes.js';
import {diagnose} from '../../source/diagnosis/diagnose.js';
import {diagnosisTable} from '../../source/diagnosis/diagnosis-table.js';
import {openProfiles} from '../../source/profiles/open-profiles.js';
import type {Profile, SecretName} from '../../source/profiles/profile.js';
import {accessToken, developerToken, refreshToken} from '../../source/tokens/token-lifetimes.js';
import {isolatedHome, noKeychain} from '../helpers/isolated-environment.js';
import {runBoxauthInProcess} from '../helpers/run-boxauth.js';
import {
	appOfType,
	ccgFlagsFor,
	closedPort,
	control,
	useSandbox,
} from '../helpers/sandbox-fixture.js';
import {writeSandboxProfile} from '../helpers/sandbox-profile.js';

// The exit codes a script reads (docs/commands.md, "Exit codes"): 3 when a person must act, 4 when
// trying again later may do, 1 for what is neither. Commands run in this process against a
// sandbox of this test, whose control surface plays the admin and injects Box's bad days.

const hour = 60 * 60 * 1000;

describe('exit codes: what ends each failure', () => {
	it('maps a remedy to its code, and several to the one that tells a script most', () => {
		assert.equal(exitCodeOf({remedy: 'person'}), 3);
		assert.equal(exitCodeOf({remedy: 'retry'}), 4);
		assert.equal(exitCodeOf({}), 1);
		assert.equal(exitCodeOf(undefined), 1);
		assert.equal(combinedExitCode([0, 4, 1, 3]), 3, 'a person must act, whatever else failed');
		assert.equal(combinedExitCode([0, 4, 1]), 1, 'not promised to pass by trying again');
		assert.equal(combinedExitCode([4, 0, 4]), 4);
		assert.equal(combinedExitCode([0, 0]), 0);
		assert.equal(combinedExitCode([]), 1);
	});

	it('says "try again" for no answer, 429 and 5xx, and "a person" for refused logins and apps', () => {
		const remedyOf = (failure: Failure) => diagnose(failure).remedy;
		for (const transport of [
			'dns',
			'refused',
			'reset',
			'dropped',
			'connect-timeout',
			'timeout',
		] as const) {
			assert.equal(remedyOf({transport}), 'retry', transport);
		}

		for (const transport of ['tls', 'proxy-auth', 'proxy-config'] as const) {
			assert.equal(remedyOf({transport}), 'person', `${transport}: a setting to put right`);
		}

		assert.equal(remedyOf({status: 429, error: 'rate_limit_exceeded'}), 'retry');
		for (const status of [500, 502, 503, 504]) {
			assert.equal(
				remedyOf({status, url: 'https://api.box.com/oauth2/token'}),
				'retry',
				`${status}`,
			);
		}

		const person = [
			'refresh-token-spent',
			'developer-token-expired',
			'app-token-rejected',
			'app-not-authorized',
			'app-not-enabled',
			'ccg-insufficient-scope-not-authorized',
			'invalid-client',
			'ccg-grant-credentials-invalid',
			'jwt-signature-invalid',
			'jwt-clock-skew',
		];
		for (const id of person) {
			assert.equal(
				diagnosisTable.find((row) => row.id === id)?.remedy,
				'person',
				`${id} needs a person`,
			);
		}
	});

	it("takes boxauth's own finding at its word, and nothing else that no row knows", () => {
		const own = (remedy?: 'person') => ({
			text: 'The profile work has no client secret.',
			context: {ownFinding: true, ...(remedy ? {remedy} : {})},
		});
		assert.equal(diagnose(own('person')).remedy, 'person');
		assert.equal(diagnose(own()).remedy, undefined);
		assert.equal(
			diagnose({status: 418, error: 'teapot', context: {remedy: 'person'}}).remedy,
			undefined,
			'an answer no row knows is neither',
		);
		assert.equal(exitCodeOf(diagnose(own())), 1);
	});
});

describe('exit codes of the commands', () => {
	const sandbox = useSandbox();

	/** A config folder of its own with the profiles given, written as if made earlier. */
	async function homeWith(
		...written: Array<{
			profile: Partial<Profile> & Pick<Profile, 'name' | 'authType'>;
			secrets: Partial<Record<SecretName, string>>;
		}>
	) {
		const environment = isolatedHome('boxauth-exit-').env;
		const profiles = await openProfiles({environment, now: Date.now, keychain: noKeychain});
		for (const each of written) {
			await writeSandboxProfile(profiles, sandbox(), each);
		}

		const boxauth = async (args: string[], stdin?: string) =>
			runBoxauthInProcess(args, {env: environment, ...(stdin === undefined ? {} : {stdin})});
		return {environment, boxauth};
	}

	const ccgProfile = (name: string, appName = 'Demo CCG App', held = false) => {
		const app = appOfType(sandbox(), appName);
		return {
			profile: {
				name,
				authType: 'ccg' as const,
				clientId: app.clientId,
				subject: {type: 'enterprise' as const, id: sandbox().describe().enterprise.id},
				tokens: held ? {access: accessToken(Date.now(), 3600)} : {},
			},
			secrets: {
				'client-secret': app.clientSecret,
				...(held ? {'access-token': 'Hq2Wz8Lm4Xc6Vb1Nk7Rt3Ys9Pd5Fg0Ja'} : {}),
			},
		};
	};

	const admin = async (appName: string, action: 'authorize' | 'deauthorize') => {
		const answer = await control(
			sandbox(),
			`/apps/${appOfType(sandbox(), appName).clientId}/${action}`,
			{},
		);
		assert.equal(answer.status, 200, answer.text);
	};

	it('an expired developer token: token and status exit 3', async () => {
		const {boxauth} = await homeWith({
			profile: {
				name: 'dev',
				authType: 'developer-token',
				tokens: {developer: developerToken(Date.now() - 2 * hour)},
			},
			secrets: {'developer-token': sandbox().describe().developerToken},
		});
		const token = await boxauth(['token', '--profile', 'dev']);
		assert.equal(token.code, 3, token.stderr);
		assert.equal(token.stdout, '');
		assert.match(token.stderr, /developer tokens last 60 minutes and cannot be refreshed/);
		const status = await boxauth(['status', '--profile', 'dev', '--offline', '--json']);
		assert.equal(status.code, 3, status.stderr);
		const printed = JSON.parse(status.stdout) as {
			profiles: Array<{problem?: {id: string; remedy?: string}}>;
		};
		assert.deepEqual(printed.profiles[0]?.problem?.remedy, 'person');
	});

	it('a refresh token Box refuses: token exits 3', async () => {
		const app = appOfType(sandbox(), 'Demo OAuth App');
		const longAgo = Date.now() - 2 * hour;
		const {boxauth} = await homeWith({
			profile: {
				name: 'me',
				authType: 'oauth',
				clientId: app.clientId,
				tokens: {access: accessToken(longAgo, 3600), refresh: refreshToken(longAgo)},
			},
			secrets: {'client-secret': app.clientSecret, 'refresh-token': 'R'.repeat(64)},
		});
		const token = await boxauth(['token', '--profile', 'me']);
		assert.equal(token.code, 3, token.stderr);
		assert.match(token.stderr, /Box no longer accepts this refresh token/);
	});

	it('an app the admin deauthorized: token, doctor and status exit 3', async () => {
		const {boxauth} = await homeWith(ccgProfile('work'));
		await admin('Demo CCG App', 'deauthorize');
		try {
			const token = await boxauth(['token', '--profile', 'work']);
			assert.equal(token.code, 3, token.stderr);
			const doctor = await boxauth(['doctor', '--profile', 'work', '--json']);
			assert.equal(doctor.code, 3, doctor.stderr);
			const report = JSON.parse(doctor.stdout) as {
				checks: Array<{status: string; diagnosis?: {remedy?: string}}>;
			};
			const failed = report.checks.filter((check) => check.status === 'failed');
			assert.ok(failed.length > 0);
			assert.ok(failed.some((check) => check.diagnosis?.remedy === 'person'));
			const status = await boxauth(['status', '--profile', 'work', '--offline']);
			assert.equal(status.code, 3, 'the failed renewal is the last check');
		} finally {
			await admin('Demo CCG App', 'authorize');
		}
	});

	it('an app the admin never authorized: profiles add and setup without screens exit 3', async () => {
		const {boxauth} = await homeWith();
		const pending = appOfType(sandbox(), 'Pending CCG App');
		const flags = ccgFlagsFor(sandbox(), 'Pending CCG App');
		const added = await boxauth(['profiles', 'add', 'pending', ...flags], pending.clientSecret);
		assert.equal(added.code, 3, added.stderr);
		const setup = await boxauth(
			['setup', '--profile', 'waits', ...flags, '--json'],
			pending.clientSecret,
		);
		assert.equal(setup.code, 3, setup.stderr);
		const outcome = JSON.parse(setup.stdout) as {ok: boolean; waitingFor?: string};
		assert.equal(outcome.ok, false);
		assert.equal(outcome.waitingFor, 'admin-authorization');
	});

	it('Box answering 503: token, doctor and profiles add exit 4', async () => {
		const {boxauth} = await homeWith(ccgProfile('work'));
		const app = appOfType(sandbox(), 'Demo CCG App');
		const fault = {
			kind: 'status',
			status: 503,
			retryAfterSeconds: 0,
			count: 50,
			path: '/oauth2/token',
		};
		assert.equal((await control(sandbox(), '/faults', fault)).status, 200);
		try {
			const token = await boxauth(['token', '--profile', 'work']);
			assert.equal(token.code, 4, token.stderr);
			assert.equal(token.stdout, '');
			assert.match(token.stderr, /Box had a problem on its side/);
			const doctor = await boxauth(['doctor', '--profile', 'work']);
			assert.equal(doctor.code, 4, doctor.stdout);
			const added = await boxauth(
				['profiles', 'add', 'other', ...ccgFlagsFor(sandbox(), 'Demo CCG App')],
				app.clientSecret,
			);
			assert.equal(added.code, 4, added.stderr);
		} finally {
			await control(sandbox(), '/faults', undefined, 'DELETE');
		}

		const after = await boxauth(['token', '--profile', 'work']);
		assert.equal(after.code, 0, 'once Box answers again, the same command works');
	});

	it('a refused connection: token, doctor, revoke, profiles add and setup exit 4', async () => {
		const port = await closedPort();
		const away = `http://127.0.0.1:${port}`;
		const urls = {apiUrl: away, uploadUrl: `${away}/api`, authorizeUrl: `${away}/authorize`};
		const renewing = ccgProfile('away');
		const holding = ccgProfile('holding', 'Demo CCG App', true);
		const {boxauth} = await homeWith(
			{...renewing, profile: {...renewing.profile, urls}},
			{...holding, profile: {...holding.profile, urls}},
		);
		const token = await boxauth(['token', '--profile', 'away']);
		assert.equal(token.code, 4, token.stderr);
		assert.match(token.stderr, /refused the connection/);
		assert.equal((await boxauth(['doctor', '--profile', 'away'])).code, 4);
		const revoke = await boxauth(['revoke', '--profile', 'holding']);
		assert.equal(revoke.code, 4, revoke.stderr);
		const app = appOfType(sandbox(), 'Demo CCG App');
		const flags = ccgFlagsFor(sandbox(), 'Demo CCG App', away);
		const added = await boxauth(['profiles', 'add', 'new', ...flags], app.clientSecret);
		assert.equal(added.code, 4, added.stderr);
		const setup = await boxauth(['setup', '--profile', 'fresh', ...flags], app.clientSecret);
		assert.equal(setup.code, 4, setup.stderr);
	});

	it('keeps 1 for what is neither: no such profile', async () => {
		const {boxauth} = await homeWith(ccgProfile('work'));
		for (const command of ['token', 'doctor', 'revoke', 'login']) {
			const run = await boxauth([command, '--profile', 'nobody']);
			assert.equal(run.code, exitCode.failure, `${command}: ${run.stderr}`);
		}

		assert.equal((await boxauth(['status', '--profile', 'nobody'])).code, 1);
	});
});
