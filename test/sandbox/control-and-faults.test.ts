import assert from 'node:assert/strict';
import {afterEach, describe, it} from 'node:test';
import type {RunningSandbox} from '../../source/sandbox/start-sandbox.js';
import {
	type Answer,
	appOfType,
	call,
	ccgForm,
	control,
	jwtBearerForm,
	postForm,
	useSandbox,
} from '../helpers/sandbox-fixture.js';

// The sandbox's own /_sandbox/ control surface (playing the admin, moving the clock, shortening
// lifetimes) and the faults it can inject (box-auth-reference.md sections 7 and 8, item 10).

const machine = {ms: Date.parse('2026-05-04T10:00:00.000Z')};

const ccgRequest = (sandbox: RunningSandbox, name = 'Demo CCG App'): RequestInit => ({
	method: 'POST',
	body: new URLSearchParams(ccgForm(sandbox, name)),
});

const ccgToken = (sandbox: RunningSandbox, name = 'Demo CCG App') =>
	call(`${sandbox.urls.baseUrl}/oauth2/token`, ccgRequest(sandbox, name));

const usersMe = (sandbox: RunningSandbox, token: string, query = '') =>
	call(`${sandbox.urls.baseUrl}/2.0/users/me${query}`, {
		headers: {authorization: `Bearer ${token}`},
	});

describe('GET /_sandbox', () => {
	const sandbox = useSandbox({clock: () => machine.ms});

	it('describes the URLs, the enterprise, its people, the developer token and the apps', async () => {
		const answer = await control(sandbox(), '', undefined, 'GET');
		assert.equal(answer.status, 200);
		const description = answer.json ?? {};
		const {baseUrl} = sandbox().urls;
		assert.match(baseUrl, /^http:\/\/127\.0\.0\.1:\d+$/);
		assert.equal(description['baseUrl'], baseUrl);
		assert.equal(description['uploadUrl'], `${baseUrl}/api`);
		assert.equal(description['authorizeUrl'], `${baseUrl}/api/oauth2/authorize`);

		const enterprise = description['enterprise'] as Record<string, unknown>;
		assert.match(String(enterprise['id']), /^\d+$/);
		assert.equal(typeof enterprise['name'], 'string');

		const users = description['users'] as Array<Record<string, unknown>>;
		const admin = users.find((user) => user['role'] === 'admin');
		assert.equal(admin?.['name'], 'Ada Admin');
		assert.deepEqual(Object.keys(admin ?? {}), ['id', 'name', 'login', 'role']);
		assert.match(String(description['developerToken']), /^[A-Za-z\d]{32}$/);

		const apps = description['apps'] as Array<Record<string, unknown>>;
		assert.deepEqual(
			apps.map((app) => [app['name'], app['authType'], app['authorized'], app['enabled']]),
			[
				['Demo CCG App', 'ccg', true, true],
				['Pending CCG App', 'ccg', false, true],
				['App Access Only CCG App', 'ccg', true, true],
				['Demo JWT App', 'jwt', true, true],
				['Demo OAuth App', 'oauth', true, true],
				['Demo Limited Access App', 'app_token', true, true],
			],
		);
		for (const app of apps) {
			assert.match(String(app['clientId']), /^[a-z\d]{32}$/);
			assert.match(String(app['clientSecret']), /^[A-Za-z\d]{32}$/);
			assert.equal('jwtConfig' in app, app['authType'] === 'jwt', `jwtConfig on ${app['name']}`);
			assert.equal(
				'redirectUris' in app,
				app['authType'] === 'oauth',
				`redirectUris on ${app['name']}`,
			);
			assert.equal(
				'appToken' in app,
				app['authType'] === 'app_token',
				`appToken on ${app['name']}`,
			);
		}

		const jwt = apps.find((app) => app['authType'] === 'jwt');
		const config = jwt?.['jwtConfig'] as
			| {boxAppSettings: Record<string, unknown>; enterpriseID: unknown}
			| undefined;
		assert.equal(config?.boxAppSettings['clientID'], jwt?.['clientId']);
		assert.equal(config?.boxAppSettings['clientSecret'], jwt?.['clientSecret']);
		assert.equal(config?.enterpriseID, enterprise['id']);
		const appAuth = config?.boxAppSettings['appAuth'] as Record<string, string> | undefined;
		assert.match(appAuth?.['privateKey'] ?? '', /^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
		assert.equal(typeof appAuth?.['passphrase'], 'string');
		assert.equal(typeof appAuth?.['publicKeyID'], 'string');

		const oauth = apps.find((app) => app['authType'] === 'oauth');
		assert.deepEqual(oauth?.['redirectUris'], ['http://localhost:3000/callback']);
		const limited = apps.find((app) => app['authType'] === 'app_token');
		assert.match(String(limited?.['appToken']), /^[A-Za-z\d]{32}$/);
	});

	it('matches what describe() returns in process', async () => {
		const answer = await control(sandbox(), '/', undefined, 'GET');
		assert.deepEqual(answer.json, JSON.parse(JSON.stringify(sandbox().describe())));
	});

	it('answers unknown control paths with 404 and wrong methods with 405', async () => {
		assert.equal((await control(sandbox(), '/nothing', {})).status, 404);
		assert.equal((await control(sandbox(), '/clock', undefined, 'GET')).status, 405);
		const notJson = await call(`${sandbox().urls.baseUrl}/_sandbox/clock`, {
			method: 'POST',
			body: '{not json',
		});
		assert.equal(notJson.status, 400);
		assert.equal(typeof notJson.json?.['error'], 'string');
	});
});

describe('app authorization', () => {
	const sandbox = useSandbox({clock: () => machine.ms});

	it('approving the pending app makes its next CCG request succeed and creates its service account', async () => {
		const pending = appOfType(sandbox(), 'Pending CCG App');
		assert.equal(pending.authorized, false);
		assert.equal(
			sandbox()
				.describe()
				.users.some((user) => user.name === 'Pending CCG App'),
			false,
		);
		const before = await ccgToken(sandbox(), 'Pending CCG App');
		assert.equal(before.json?.['error'], 'insufficient_scope');

		const approval = await control(sandbox(), `/apps/${pending.clientId}/authorize`, {});
		assert.equal(approval.status, 200);
		assert.deepEqual(approval.json, {clientId: pending.clientId, authorized: true, enabled: true});

		const after = await ccgToken(sandbox(), 'Pending CCG App');
		assert.equal(after.status, 200, after.text);
		const me = await usersMe(sandbox(), String(after.json?.['access_token']));
		assert.equal(me.status, 200);
		assert.equal(me.json?.['name'], 'Pending CCG App');
		assert.match(String(me.json?.['login']), /^AutomationUser_\d+_[A-Za-z\d]+@boxdevedition\.com$/);

		const described = (await control(sandbox(), '', undefined, 'GET')).json;
		const users = (described?.['users'] ?? []) as Array<Record<string, unknown>>;
		const serviceAccount = users.find((user) => user['name'] === 'Pending CCG App');
		assert.equal(serviceAccount?.['id'], me.json?.['id']);
		assert.equal(appOfType(sandbox(), 'Pending CCG App').authorized, true);
	});

	it('deauthorizing makes existing tokens fail with 401 and new requests fail', async () => {
		const app = appOfType(sandbox(), 'Demo CCG App');
		const token = String((await ccgToken(sandbox())).json?.['access_token']);
		assert.equal((await usersMe(sandbox(), token)).status, 200);

		const removal = await control(sandbox(), `/apps/${app.clientId}/deauthorize`, {});
		assert.deepEqual(removal.json, {clientId: app.clientId, authorized: false, enabled: true});
		try {
			const me = await usersMe(sandbox(), token);
			assert.equal(me.status, 401);
			assert.match(me.headers.get('www-authenticate') ?? '', /error="invalid_token"/);
			const again = await ccgToken(sandbox());
			assert.equal(again.status, 400);
			assert.deepEqual(again.json, {
				error: 'insufficient_scope',
				error_description: 'Insufficient permissions for the requested scope.',
			});
		} finally {
			await control(sandbox(), `/apps/${app.clientId}/authorize`, {});
		}

		assert.equal((await ccgToken(sandbox())).status, 200);
	});

	it('deauthorizing the Limited Access app stops its App Token', async () => {
		const app = appOfType(sandbox(), 'Demo Limited Access App');
		const preflight = () =>
			call(`${sandbox().urls.baseUrl}/2.0/files/content`, {
				method: 'OPTIONS',
				headers: {authorization: `Bearer ${app.appToken ?? ''}`},
				body: JSON.stringify({name: 'x.txt', parent: {id: '0'}}),
			});
		assert.equal((await preflight()).status, 403);
		await control(sandbox(), `/apps/${app.clientId}/deauthorize`, {});
		try {
			assert.equal((await preflight()).status, 401);
		} finally {
			await control(sandbox(), `/apps/${app.clientId}/authorize`, {});
		}
	});

	it('answers an unknown client ID with 404', async () => {
		const answer = await control(sandbox(), `/apps/${'0'.repeat(32)}/authorize`, {});
		assert.equal(answer.status, 404);
		assert.equal(typeof answer.json?.['error'], 'string');
	});

	it('answers a client ID with broken percent-encoding with 404, not a server error', async () => {
		const answer = await control(sandbox(), '/apps/%E0%A4%A/authorize', {});
		assert.equal(answer.status, 404);
		assert.equal(typeof answer.json?.['error'], 'string');
	});
});

describe('clock and lifetimes', () => {
	const sandbox = useSandbox({clock: () => machine.ms});

	afterEach(async () => {
		await control(sandbox(), '/clock', {offsetSeconds: 0});
		await control(sandbox(), '/lifetimes', {accessTokenSeconds: null});
	});

	/** An assertion as Box's SDK makes it, on the machine's clock: exp now + 30, iat now. */
	async function jwtAnswer(): Promise<Answer> {
		const form = await jwtBearerForm(sandbox(), Math.floor(machine.ms / 1000));
		return postForm(sandbox(), '/oauth2/token', form);
	}

	it('accepts a JWT on the machine clock while the clocks agree', async () => {
		assert.equal((await jwtAnswer()).status, 200);
	});

	it('reports the clock it set', async () => {
		const answer = await control(sandbox(), '/clock', {offsetSeconds: 120});
		assert.equal(answer.status, 200);
		assert.deepEqual(answer.json, {
			offsetSeconds: 120,
			now: new Date(machine.ms + 120_000).toISOString(),
		});
		const advanced = await control(sandbox(), '/clock', {advanceSeconds: -30});
		assert.equal(advanced.json?.['offsetSeconds'], 90);
	});

	it('fails a JWT made on the machine clock when the sandbox runs 2 minutes ahead: exp passed', async () => {
		await control(sandbox(), '/clock', {offsetSeconds: 120});
		const answer = await jwtAnswer();
		assert.equal(answer.status, 400);
		assert.equal(
			answer.json?.['error_description'],
			"Current date/time MUST be before the expiration date/time listed in the 'exp' claim",
		);
	});

	it('fails a JWT made on the machine clock when the sandbox runs 2 minutes behind: exp too far', async () => {
		await control(sandbox(), '/clock', {offsetSeconds: -120});
		const answer = await jwtAnswer();
		assert.equal(answer.status, 400);
		assert.equal(
			answer.json?.['error_description'],
			"Please check the 'exp' claim. The 'exp' value exceeds the maximum value of 60 seconds beyond the issue time.",
		);
	});

	it('refuses a clock request without a number, and one the clock cannot show', async () => {
		assert.equal((await control(sandbox(), '/clock', {})).status, 400);
		assert.equal((await control(sandbox(), '/clock', {offsetSeconds: '5'})).status, 400);
		const absurd = await control(sandbox(), '/clock', {offsetSeconds: 1e20});
		assert.equal(absurd.status, 400, absurd.text);
		assert.equal((await jwtAnswer()).status, 200, 'the clock is unchanged');
	});

	it('shortens access tokens: accessTokenSeconds 2 gives expires_in 2, dead 2 seconds later', async () => {
		const set = await control(sandbox(), '/lifetimes', {accessTokenSeconds: 2});
		assert.equal(set.status, 200);
		assert.equal(set.json?.['accessTokenSeconds'], 2);
		const token = await ccgToken(sandbox());
		assert.equal(token.json?.['expires_in'], 2);
		const access = String(token.json?.['access_token']);
		await control(sandbox(), '/clock', {advanceSeconds: 1});
		assert.equal((await usersMe(sandbox(), access)).status, 200);
		await control(sandbox(), '/clock', {advanceSeconds: 1});
		assert.equal((await usersMe(sandbox(), access)).status, 401);
	});

	it("goes back to Box's jittered schedule with accessTokenSeconds null", async () => {
		await control(sandbox(), '/lifetimes', {accessTokenSeconds: 2});
		await control(sandbox(), '/lifetimes', {accessTokenSeconds: null});
		const expiresIn = Number((await ccgToken(sandbox())).json?.['expires_in']);
		assert.ok(expiresIn >= 3600 && expiresIn <= 4300, `expires_in ${expiresIn}`);
	});

	it('refuses unknown lifetimes and values that are not seconds above 0', async () => {
		for (const body of [
			{codeSeconds: 5},
			{accessTokenSeconds: 0},
			{accessTokenSeconds: -1},
			{refreshTokenSeconds: 'long'},
			{authCodeSeconds: null},
		]) {
			const answer = await control(sandbox(), '/lifetimes', body);
			assert.equal(answer.status, 400, JSON.stringify(body));
			assert.equal(typeof answer.json?.['error'], 'string');
		}
	});

	it('POST /_sandbox/tokens/expire ends every token but the App Token', async () => {
		const token = String((await ccgToken(sandbox())).json?.['access_token']);
		const answer = await control(sandbox(), '/tokens/expire', {});
		assert.equal(answer.status, 200);
		assert.ok(Number(answer.json?.['expired']) >= 2, `expired ${answer.json?.['expired']}`);
		assert.equal((await usersMe(sandbox(), token)).status, 401);
		assert.equal((await usersMe(sandbox(), sandbox().describe().developerToken)).status, 401);
		const {appToken} = appOfType(sandbox(), 'Demo Limited Access App');
		assert.equal((await usersMe(sandbox(), appToken ?? '')).status, 403);
	});
});

describe('POST /_sandbox/developer-token', () => {
	const sandbox = useSandbox({clock: () => machine.ms});

	it('makes a new developer token for the admin and publishes it', async () => {
		const old = sandbox().describe().developerToken;
		const answer = await control(sandbox(), '/developer-token', {});
		assert.equal(answer.status, 200);
		const token = String(answer.json?.['developerToken']);
		assert.match(token, /^[A-Za-z\d]{32}$/);
		assert.notEqual(token, old);
		assert.equal(sandbox().describe().developerToken, token);
		const me = await usersMe(sandbox(), token);
		assert.equal(me.json?.['name'], 'Ada Admin');
	});

	it('makes one for another user on request, without publishing it', async () => {
		const milo = sandbox()
			.describe()
			.users.find((user) => user.name === 'Milo Member');
		const published = sandbox().describe().developerToken;
		const answer = await control(sandbox(), '/developer-token', {userId: milo?.id});
		assert.equal(answer.status, 200);
		const me = await usersMe(sandbox(), String(answer.json?.['developerToken']));
		assert.equal(me.json?.['id'], milo?.id);
		assert.equal(sandbox().describe().developerToken, published);
	});

	it('gives a new token after the old one expired', async () => {
		await control(sandbox(), '/clock', {advanceSeconds: 61 * 60});
		try {
			const old = sandbox().describe().developerToken;
			assert.equal((await usersMe(sandbox(), old)).status, 401);
			const fresh = await control(sandbox(), '/developer-token', {});
			assert.equal((await usersMe(sandbox(), String(fresh.json?.['developerToken']))).status, 200);
		} finally {
			await control(sandbox(), '/clock', {offsetSeconds: 0});
		}
	});

	it('answers an unknown user with 400', async () => {
		const answer = await control(sandbox(), '/developer-token', {userId: '1'});
		assert.equal(answer.status, 400);
	});
});

describe('faults', () => {
	const sandbox = useSandbox({clock: () => machine.ms});
	const token = () => call(`${sandbox().urls.baseUrl}/oauth2/token`, ccgRequest(sandbox()));
	const addFault = async (spec: Record<string, unknown>) => {
		const answer = await control(sandbox(), '/faults', spec);
		assert.equal(answer.status, 200, answer.text);
		return answer;
	};

	afterEach(async () => {
		await control(sandbox(), '/faults', undefined, 'DELETE');
	});

	it("answers 429 with retry-after and Box's rate_limit_exceeded body, once", async () => {
		await addFault({kind: 'rate_limit', retryAfterSeconds: 7});
		const answer = await token();
		assert.equal(answer.status, 429);
		assert.equal(answer.headers.get('retry-after'), '7');
		assert.match(answer.headers.get('box-request-id') ?? '', /^[\da-f]{20,}$/);
		assert.deepEqual(Object.keys(answer.json ?? {}), [
			'type',
			'status',
			'code',
			'help_url',
			'message',
			'request_id',
		]);
		assert.equal(answer.json?.['type'], 'error');
		assert.equal(answer.json?.['status'], 429);
		assert.equal(answer.json?.['code'], 'rate_limit_exceeded');
		assert.equal(answer.json?.['message'], 'Request rate limit exceeded, please try again later');
		assert.equal((await token()).status, 200);
	});

	it('answers a 503 Unavailable, with retry-after when asked', async () => {
		await addFault({kind: 'status', status: 503, retryAfterSeconds: 3});
		const answer = await token();
		assert.equal(answer.status, 503);
		assert.equal(answer.headers.get('retry-after'), '3');
		assert.equal(answer.json?.['code'], 'unavailable');
		assert.equal(answer.json?.['status'], 503);

		await addFault({kind: 'status', status: 500});
		const plain = await token();
		assert.equal(plain.status, 500);
		assert.equal(plain.headers.get('retry-after'), null);
		assert.equal(plain.json?.['code'], 'internal_server_error');
	});

	it('delays an answer by the latency and still answers it', async () => {
		await addFault({kind: 'latency', latencyMs: 300});
		const started = performance.now();
		const answer = await token();
		const took = performance.now() - started;
		assert.equal(answer.status, 200);
		assert.ok(took >= 295, `took ${took} ms`);
		const next = performance.now();
		await token();
		assert.ok(performance.now() - next < 250, 'only one request is delayed');
	});

	it('drops the connection', async () => {
		await addFault({kind: 'drop'});
		await assert.rejects(token(), (error: unknown) => {
			assert.ok(error instanceof TypeError, String(error));
			assert.equal(error.message, 'fetch failed');
			return true;
		});
		assert.equal((await token()).status, 200);
	});

	it('hangs until the client gives up', async () => {
		await addFault({kind: 'hang'});
		const init = {...ccgRequest(sandbox()), signal: AbortSignal.timeout(300)};
		await assert.rejects(fetch(`${sandbox().urls.baseUrl}/oauth2/token`, init), {
			name: 'TimeoutError',
		});
		assert.equal((await token()).status, 200);
	});

	it('affects as many requests as count says', async () => {
		await addFault({kind: 'rate_limit', count: 2});
		assert.equal((await token()).status, 429);
		assert.equal((await token()).status, 429);
		assert.equal((await token()).status, 200);
	});

	it('affects only the path it names', async () => {
		const access = String((await token()).json?.['access_token']);
		await addFault({kind: 'status', status: 502, path: '/2.0/users/me', count: 1});
		assert.equal((await token()).status, 200);
		const answer = await usersMe(sandbox(), access);
		assert.equal(answer.status, 502);
		assert.equal(answer.json?.['code'], 'bad_gateway');
		assert.equal((await usersMe(sandbox(), access)).status, 200);
	});

	it('lists pending faults and clears them with DELETE /_sandbox/faults', async () => {
		const added = await addFault({kind: 'rate_limit', count: 5, path: '/oauth2/token'});
		assert.deepEqual(added.json, {
			faults: [
				{
					fault: {kind: 'rate_limit', retryAfterSeconds: 1},
					remaining: 5,
					pathPrefix: '/oauth2/token',
				},
			],
		});
		const cleared = await control(sandbox(), '/faults', undefined, 'DELETE');
		assert.equal(cleared.status, 200);
		assert.deepEqual(cleared.json, {faults: []});
		assert.equal((await token()).status, 200);
	});

	it('refuses invalid fault specs with 400 and a message', async () => {
		for (const spec of [
			{},
			{kind: 'boom'},
			{kind: 'latency'},
			{kind: 'latency', latencyMs: -5},
			{kind: 'status', status: 404},
			{kind: 'status', status: '503'},
			{kind: 'status', status: 503, retryAfterSeconds: -1},
			{kind: 'rate_limit', retryAfterSeconds: 'soon'},
			{kind: 'drop', count: 0},
			{kind: 'drop', count: 1.5},
			{kind: 'drop', path: 5},
			[],
		]) {
			const answer = await control(sandbox(), '/faults', spec);
			assert.equal(answer.status, 400, JSON.stringify(spec));
			assert.match(String(answer.json?.['error']), /\w/, JSON.stringify(spec));
		}

		const notJson = await call(`${sandbox().urls.baseUrl}/_sandbox/faults`, {
			method: 'POST',
			body: 'kind=drop',
		});
		assert.equal(notJson.status, 400);
		assert.equal((await token()).status, 200, 'no fault was added');
	});

	it('refuses a status that is not a whole number (the body would disagree with the status line)', async () => {
		const answer = await control(sandbox(), '/faults', {kind: 'status', status: 503.5});
		assert.equal(answer.status, 400, answer.text);
	});

	it('never applies faults to the control surface', async () => {
		await addFault({kind: 'drop', count: 3});
		await addFault({kind: 'rate_limit', count: 3});
		for (let index = 0; index < 3; index++) {
			assert.equal((await control(sandbox(), '', undefined, 'GET')).status, 200);
		}

		assert.equal((await control(sandbox(), '/clock', {advanceSeconds: 0})).status, 200);
		const pending = await addFault({kind: 'latency', latencyMs: 1});
		const faults = pending.json?.['faults'] as Array<Record<string, unknown>>;
		assert.deepEqual(
			faults.map((rule) => rule['remaining']),
			[3, 3, 1],
		);
	});
});
