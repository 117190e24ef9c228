import assert from 'node:assert/strict';
import {randomBytes} from 'node:crypto';
import {describe, it} from 'node:test';
import {openProfiles} from '../../source/profiles/open-profiles.js';
import type {Profile, SecretName} from '../../source/profiles/profile.js';
import type {RunningSandbox} from '../../source/sandbox/start-sandbox.js';
import {accessToken} from '../../source/tokens/token-lifetimes.js';
import {isolatedHome, noKeychain} from '../helpers/isolated-environment.js';
import {assertNoSecrets} from '../helpers/leak-check.js';
import {runBoxauthInProcess} from '../helpers/run-boxauth.js';
import {appOfType, call, ccgForm, postForm, useSandbox} from '../helpers/sandbox-fixture.js';
import {writeSandboxProfile} from '../helpers/sandbox-profile.js';

// `boxauth token --scope SCOPES [--resource URL]`: the profile's token exchanged at Box (here the
// sandbox) for a narrower one, printed and never stored.

const insufficientScopeMessage =
	'The request requires higher privileges than provided by the access token.';

describe('boxauth token --scope', () => {
	const sandbox = useSandbox();

	/** A CCG profile of the sandbox's enterprise, holding a fresh token unless told not to. */
	async function ccgProfile(options: {holding?: boolean} = {}) {
		const app = appOfType(sandbox(), 'Demo CCG App');
		let held: string | undefined;
		if (options.holding !== false) {
			const issued = await postForm(sandbox(), '/oauth2/token', ccgForm(sandbox()));
			assert.equal(issued.status, 200, issued.text);
			held = String(issued.json?.['access_token']);
		}

		const env = isolatedHome('boxauth-token-scope-').env;
		const profiles = await openProfiles({environment: env, now: Date.now, keychain: noKeychain});
		const profile: Partial<Profile> & Pick<Profile, 'name' | 'authType'> = {
			name: 'work',
			authType: 'ccg',
			clientId: app.clientId,
			subject: {type: 'enterprise', id: sandbox().describe().enterprise.id},
			tokens: held ? {access: accessToken(Date.now(), 3600)} : {},
		};
		const secrets: Partial<Record<SecretName, string>> = {'client-secret': app.clientSecret};
		if (held) {
			secrets['access-token'] = held;
		}

		await writeSandboxProfile(profiles, sandbox(), {profile, secrets});
		const heldNow = async () =>
			(await openProfiles({environment: env, now: Date.now, keychain: noKeychain})).secrets.get(
				'work',
				'access-token',
			);
		return {env, held, app, heldNow};
	}

	const boxauth = (args: string[], env: Record<string, string>) =>
		runBoxauthInProcess(['token', ...args], {env});

	const preflight = (sandboxed: RunningSandbox, token: string) =>
		call(`${sandboxed.urls.baseUrl}/2.0/files/content`, {
			method: 'OPTIONS',
			headers: {authorization: `Bearer ${token}`, 'content-type': 'application/json'},
			body: JSON.stringify({
				name: `scoped-${randomBytes(4).toString('hex')}.txt`,
				parent: {id: '0'},
			}),
		});

	const upload = (sandboxed: RunningSandbox, token: string) => {
		const form = new FormData();
		form.append(
			'attributes',
			JSON.stringify({name: `scoped-${randomBytes(4).toString('hex')}.txt`, parent: {id: '0'}}),
		);
		form.append('file', new Blob([new Uint8Array(Buffer.from('hello'))]), 'hello.txt');
		return call(`${sandboxed.urls.uploadUrl}/2.0/files/content`, {
			method: 'POST',
			headers: {authorization: `Bearer ${token}`},
			body: form,
		});
	};

	it('prints a downscoped token that may upload with item_upload, and stores nothing', async () => {
		const {env, held, app, heldNow} = await ccgProfile();
		const {code, stdout, stderr} = await boxauth(['--scope', 'item_upload'], env);
		assert.equal(code, 0, stderr);
		assert.equal(stderr, '');
		const token = stdout.trim();
		assert.match(stdout, /^\w{32}\n$/, 'the token alone on stdout');
		assert.notEqual(token, held, 'not the profile token');

		assert.equal((await preflight(sandbox(), token)).status, 200);
		assert.equal((await upload(sandbox(), token)).status, 201);
		assert.equal(await heldNow(), held, 'the profile keeps its own token');
		assertNoSecrets(stdout + stderr, [held ?? '', app.clientSecret]);
	});

	it('prints a token that may not upload without an upload scope', async () => {
		const {env} = await ccgProfile();
		const {code, stdout, stderr} = await boxauth(
			['--scope', 'item_preview, item_download', '--format', 'raw'],
			env,
		);
		assert.equal(code, 0, stderr);
		const refused = await upload(sandbox(), stdout.trim());
		assert.equal(refused.status, 403, refused.text);
		assert.equal(refused.json?.['code'], 'insufficient_scope');
		assert.equal(refused.json?.['message'], insufficientScopeMessage);
	});

	it('prints json with the scopes, the resource and restrictedTo', async () => {
		const {env} = await ccgProfile();
		const serviceAccount = sandbox()
			.describe()
			.users.find((user) => user.login.startsWith('AutomationUser_'));
		const file = sandbox().runtime.state.items.find(
			(item) => item.name === 'Welcome.txt' && item.ownerId === serviceAccount?.id,
		);
		assert.ok(file, "the service account's Welcome.txt");
		const resource = `https://api.box.com/2.0/files/${file.id}`;
		const {code, stdout, stderr} = await boxauth(
			['--scope', 'item_preview,item_download', '--resource', resource, '--format', 'json'],
			env,
		);
		assert.equal(code, 0, stderr);
		const printed = JSON.parse(stdout) as Record<string, unknown>;
		assert.deepEqual(Object.keys(printed), [
			'version',
			'accessToken',
			'tokenType',
			'issuedTokenType',
			'expiresAt',
			'expiresIn',
			'profile',
			'scopes',
			'resource',
			'restrictedTo',
		]);
		assert.equal(printed['tokenType'], 'bearer');
		assert.equal(printed['issuedTokenType'], 'urn:ietf:params:oauth:token-type:access_token');
		assert.equal(printed['profile'], 'work');
		assert.deepEqual(printed['scopes'], ['item_preview', 'item_download']);
		assert.equal(printed['resource'], resource);
		// Box's own objects, as Box sent them.
		const object = {type: 'file', id: file.id, sequence_id: '0', etag: '0', name: 'Welcome.txt'};
		assert.deepEqual(printed['restrictedTo'], [
			{scope: 'item_preview', object},
			{scope: 'item_download', object},
		]);
		const expiresIn = Number(printed['expiresIn']);
		assert.ok(expiresIn > 3500 && expiresIn <= 4300, `expires_in ${expiresIn}`);
	});

	it('prints it as a header, for curl, or as a shell variable', async () => {
		const {env} = await ccgProfile();
		const expected = {
			header: /^Authorization: Bearer \w{32}\n$/,
			curl: /^--oauth2-bearer \w{32}\n$/,
			env: /^export BOX_DEVELOPER_TOKEN=\w{32}\nexport BOX_ACCESS_TOKEN=\w{32}$/m,
		};
		for (const [format, shape] of Object.entries(expected)) {
			const {code, stdout, stderr} = await boxauth(
				['--scope', 'base_preview', '--format', format],
				env,
			);
			assert.equal(code, 0, stderr);
			assert.match(stdout, shape, format);
		}
	});

	it('renews the profile token first when it holds none, and stores only that one', async () => {
		const {env, heldNow} = await ccgProfile({holding: false});
		const {code, stdout, stderr} = await boxauth(['--scope', 'item_upload'], env);
		assert.equal(code, 0, stderr);
		const parent = await heldNow();
		assert.ok(parent, 'the renewed profile token is stored');
		assert.notEqual(stdout.trim(), parent, 'the downscoped one is printed, not stored');
		assert.equal((await preflight(sandbox(), stdout.trim())).status, 200);
	});

	it('leaves boxauth token without --scope as it was: the held token, or a renewed one', async () => {
		const holding = await ccgProfile();
		const held = await boxauth([], holding.env);
		assert.equal(held.code, 0, held.stderr);
		assert.equal(held.stdout, `${holding.held}\n`);

		const empty = await ccgProfile({holding: false});
		const renewed = await boxauth(['--format', 'json'], empty.env);
		assert.equal(renewed.code, 0, renewed.stderr);
		const printed = JSON.parse(renewed.stdout) as Record<string, unknown>;
		assert.equal(printed['accessToken'], await empty.heldNow());
		assert.equal(printed['restrictedTo'], undefined);
	});

	describe('bad usage (exit 2, before any profile or request)', () => {
		it('names each word that is no downscope scope, with a "did you mean"', async () => {
			const {code, stdout, stderr} = await boxauth(
				['--scope', 'item_previw,item_download,upload'],
				isolatedHome().env,
			);
			assert.equal(code, 2);
			assert.equal(stdout, '');
			const [first, second, list] = stderr.trimEnd().split('\n');
			assert.equal(
				first,
				`"item_previw" is not one of Box's downscope scopes. Did you mean item_preview?`,
			);
			assert.equal(second, `"upload" is not one of Box's downscope scopes.`);
			assert.match(list ?? '', /^The scopes: annotation_edit, .*item_upload.*root_readonly/);
		});

		it('refuses an empty list', async () => {
			const {code, stderr} = await boxauth(['--scope', ' , '], isolatedHome().env);
			assert.equal(code, 2);
			assert.equal(stderr, '--scope needs at least one scope, as in --scope item_preview.\n');
		});

		it('refuses --resource without --scope', async () => {
			const {code, stdout, stderr} = await boxauth(
				['--resource', 'https://api.box.com/2.0/folders/123'],
				isolatedHome().env,
			);
			assert.equal(code, 2);
			assert.equal(stdout, '');
			assert.match(
				stderr,
				/^--resource narrows a downscoped token to one file or folder, so it needs --scope/,
			);
		});

		it("refuses a resource that is no API URL, and gives a web link's API URL", async () => {
			const web = await boxauth(
				['--scope', 'item_preview', '--resource', 'https://app.box.com/folder/123'],
				isolatedHome().env,
			);
			assert.equal(web.code, 2);
			assert.equal(
				web.stderr,
				'--resource takes the API URL of the item, not its web page: use https://api.box.com/2.0/folders/123.\n',
			);
			const word = await boxauth(
				['--scope', 'item_preview', '--resource', '123'],
				isolatedHome().env,
			);
			assert.equal(word.code, 2);
			assert.match(
				word.stderr,
				/^--resource takes a full API URL, such as https:\/\/api\.box\.com\/2\.0\/folders\/123; got "123"\./,
			);
		});
	});

	describe("Box's refusals (exit 3: a person must act; the diagnosis on stderr)", () => {
		it("a standard scope the profile's app does not have", async () => {
			const {env, held} = await ccgProfile();
			const {code, stdout, stderr} = await boxauth(['--scope', 'item_preview manage_webhook'], env);
			assert.equal(code, 3);
			assert.equal(stdout, '');
			assert.match(
				stderr,
				/^What happened: Box would not narrow the token to the scopes asked for\./,
			);
			assert.match(stderr, /Application Scopes/);
			assertNoSecrets(stderr, [held ?? '']);
		});

		it('a resource that does not exist', async () => {
			const {env} = await ccgProfile();
			const {code, stderr} = await boxauth(
				['--scope', 'item_preview', '--resource', 'https://api.box.com/2.0/files/1'],
				env,
			);
			assert.equal(code, 3);
			assert.match(stderr, /^What happened: The downscope request names a file or folder/);
		});

		it('a held token Box no longer takes', async () => {
			const {env, held, app} = await ccgProfile();
			const revoked = await postForm(sandbox(), '/oauth2/revoke', {
				client_id: app.clientId,
				client_secret: app.clientSecret,
				token: held ?? '',
			});
			assert.equal(revoked.status, 200, revoked.text);
			const {code, stdout, stderr} = await boxauth(['--scope', 'item_preview'], env);
			assert.equal(code, 3);
			assert.equal(stdout, '');
			assert.match(stderr, /^What happened: Box did not take the token it was asked to narrow\./);
			assert.match(stderr, /boxauth status --profile work/);
		});
	});
});
