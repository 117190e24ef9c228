import assert from 'node:assert/strict';
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {PassThrough} from 'node:stream';
import {before, describe, it} from 'node:test';
import type {OutputStream} from '../../source/commands/command-input.js';
import {jsonText, jsonVersion, printJson} from '../../source/commands/shared/json-output.js';
import {isolatedHome} from '../helpers/isolated-environment.js';
import {type InProcessResult, runBoxauthInProcess} from '../helpers/run-boxauth.js';
import {useRunningSandbox} from '../helpers/running-sandbox.js';
import {appOfType, ccgFlagsFor, useSandbox} from '../helpers/sandbox-fixture.js';

// One JSON style for every command (docs/commands.md, "JSON output"): one object with `version`
// first, camelCase keys all the way down, one line when stdout is not a terminal, and values a
// command prints that another takes back.

const camelCase = /^[a-z][a-zA-Z\d]*$/;

/** Every key of the value, at any depth, with where it is. */
function keysOf(value: unknown, at = '$'): Array<{key: string; at: string}> {
	if (Array.isArray(value)) {
		return value.flatMap((item, index) => keysOf(item, `${at}[${index}]`));
	}

	if (typeof value === 'object' && value !== null) {
		return Object.entries(value).flatMap(([key, inner]) => [
			{key, at},
			...keysOf(inner, `${at}.${key}`),
		]);
	}

	return [];
}

/** The one JSON object a command printed, checked for the style every command's JSON has. */
function checkedJson(what: string, run: InProcessResult): Record<string, unknown> {
	assert.ok(run.stdout.endsWith('\n'), `${what}: ends with a newline`);
	assert.equal(run.stdout.trimEnd().split('\n').length, 1, `${what}: one line when piped`);
	const printed = JSON.parse(run.stdout) as Record<string, unknown>;
	assert.equal(typeof printed, 'object', what);
	assert.ok(!Array.isArray(printed), `${what}: an object, not an array`);
	assert.equal(Object.keys(printed)[0], 'version', `${what}: version first`);
	assert.equal(printed['version'], jsonVersion, what);
	const notCamel = keysOf(printed).filter(({key}) => !camelCase.test(key));
	assert.deepEqual(notCamel, [], `${what}: camelCase keys only`);
	return printed;
}

/** A stream that says it is a terminal, as a person's is. */
function terminalStream(): OutputStream & {text: () => string} {
	const stream = new PassThrough() as PassThrough & {isTTY?: boolean};
	stream.isTTY = true;
	let text = '';
	stream.setEncoding('utf8').on('data', (chunk: string) => {
		text += chunk;
	});
	return Object.assign(stream, {text: () => text});
}

describe('the JSON style', () => {
	it('puts version first, on one line for a pipe and indented by two spaces for a person', async () => {
		assert.equal(jsonText({b: 1, a: [2]}, false), `{"version":${jsonVersion},"b":1,"a":[2]}`);
		assert.equal(
			jsonText({b: 1}, true),
			['{', `  "version": ${jsonVersion},`, '  "b": 1', '}'].join('\n'),
		);
		const terminal = terminalStream();
		printJson(terminal, {ok: true});
		await new Promise((resolve) => {
			setImmediate(resolve);
		});
		assert.equal(terminal.text(), `{\n  "version": ${jsonVersion},\n  "ok": true\n}\n`);
	});
});

describe('every command prints JSON in that style', () => {
	const sandbox = useSandbox();
	let environment: Record<string, string>;
	let home: string;
	const boxauth = async (args: string[], stdin?: string) =>
		runBoxauthInProcess(args, {env: environment, ...(stdin === undefined ? {} : {stdin})});
	const baseUrl = () => sandbox().urls.baseUrl;
	const ccgFlags = () => ccgFlagsFor(sandbox(), 'Demo CCG App');

	const secret = () => appOfType(sandbox(), 'Demo CCG App').clientSecret;

	before(async () => {
		({env: environment, home} = isolatedHome('boxauth-json-'));
		const made = await boxauth(['profiles', 'add', 'work', ...ccgFlags()], secret());
		assert.equal(made.code, 0, made.stderr);
	});

	it('profiles add, list, default and remove', async () => {
		const added = checkedJson(
			'profiles add --json',
			await boxauth(['profiles', 'add', 'spare', ...ccgFlags(), '--json'], secret()),
		);
		assert.equal((added['profile'] as {name: string}).name, 'spare');
		assert.deepEqual(added['secrets'], {clientSecret: 'file', accessToken: 'file'});
		const listed = checkedJson(
			'profiles list --json',
			await boxauth(['profiles', 'list', '--json']),
		);
		assert.equal((listed['profiles'] as unknown[]).length, 2);
		const chosen = checkedJson(
			'profiles default --json',
			await boxauth(['profiles', 'default', 'spare', '--json']),
		);
		assert.equal(chosen['defaultProfile'], 'spare');
		const removed = checkedJson(
			'profiles remove --json',
			await boxauth(['profiles', 'remove', 'spare', '--json']),
		);
		assert.equal(removed['removed'], 'spare');
		assert.deepEqual(removed['deletedSecrets'], {clientSecret: 'file', accessToken: 'file'});
	});

	it('status, dashboard, doctor and token', async () => {
		const status = checkedJson('status --json', await boxauth(['status', '--json']));
		const [work] = status['profiles'] as Array<{secrets: Record<string, string>}>;
		assert.deepEqual(Object.keys(work?.secrets ?? {}).sort(), ['accessToken', 'clientSecret']);
		checkedJson('dashboard --json', await boxauth(['dashboard', '--json']));
		checkedJson('doctor --json', await boxauth(['doctor', '--profile', 'work', '--json']));
		const token = checkedJson(
			'token --format json',
			await boxauth(['token', '--profile', 'work', '--format', 'json']),
		);
		assert.deepEqual(Object.keys(token), [
			'version',
			'accessToken',
			'tokenType',
			'expiresAt',
			'expiresIn',
			'profile',
		]);
	});

	it('setup and login without screens, and revoke', async () => {
		const setup = await boxauth(['setup', '--profile', 'made', ...ccgFlags(), '--json'], secret());
		assert.equal(checkedJson('setup --json', setup)['ok'], true, setup.stderr);
		const login = await boxauth(
			['login', '--profile', 'made', '--client-secret-stdin', '--json'],
			secret(),
		);
		assert.equal(checkedJson('login --json', login)['ok'], true, login.stderr);
		const revoked = checkedJson(
			'revoke --json',
			await boxauth(['revoke', '--profile', 'made', '--json']),
		);
		assert.deepEqual(revoked['revoked'], ['accessToken']);
	});

	it('explain, its list and one entry', async () => {
		checkedJson(
			'explain --json',
			await boxauth(
				['explain', '--json'],
				'{"error":"invalid_grant","error_description":"Refresh token has expired"}',
			),
		);
		const list = checkedJson(
			'explain --list --json',
			await boxauth(['explain', '--list', '--json']),
		);
		assert.ok((list['entries'] as unknown[]).length > 50);
		const entry = checkedJson(
			'explain --show --json',
			await boxauth(['explain', '--show', 'refresh-token-spent', '--json']),
		);
		assert.equal(entry['remedy'], 'person');
	});

	it("profiles import, from Box CLI's environments", async () => {
		const app = appOfType(sandbox(), 'Demo CCG App');
		const configFile = path.join(home, 'ci-ccg.json');
		writeFileSync(
			configFile,
			JSON.stringify({
				boxAppSettings: {clientID: app.clientId, clientSecret: app.clientSecret},
				enterpriseID: sandbox().describe().enterprise.id,
			}),
		);
		mkdirSync(path.join(home, '.box'), {recursive: true});
		writeFileSync(
			path.join(home, '.box', 'box_environments.json'),
			JSON.stringify({
				default: 'ci',
				environments: {
					ci: {
						clientId: app.clientId,
						enterpriseId: sandbox().describe().enterprise.id,
						boxConfigFilePath: configFile,
						hasInLinePrivateKey: true,
						privateKeyPath: null,
						name: 'ci',
						defaultAsUserId: null,
						useDefaultAsUser: false,
						cacheTokens: true,
						clientSecret: app.clientSecret,
						authMethod: 'ccg',
					},
				},
			}),
		);
		const flags = ['profiles', 'import', '--from-box-cli', '--base-url', baseUrl(), '--json'];
		const dry = checkedJson(
			'profiles import --dry-run --json',
			await boxauth([...flags, '--dry-run']),
		);
		assert.equal(dry['dryRun'], true);
		const run = await boxauth(flags);
		const imported = checkedJson('profiles import --json', run);
		assert.deepEqual(imported['profiles'], [{environment: 'ci', profile: 'ci', authType: 'ccg'}]);
		assert.equal(run.code, 0, run.stderr);
	});

	it('prints an authType that --auth-type takes back', async () => {
		const token = sandbox().describe().developerToken;
		const dev = await boxauth(
			[
				'profiles',
				'add',
				'dev',
				'--base-url',
				baseUrl(),
				'--auth-type',
				'developer',
				'--token-stdin',
			],
			token,
		);
		assert.equal(dev.code, 0, dev.stderr);
		const listed = JSON.parse((await boxauth(['profiles', 'list', '--json'])).stdout) as {
			profiles: Array<{name: string; authType: string}>;
		};
		const status = JSON.parse((await boxauth(['status', '--offline', '--json'])).stdout) as {
			profiles: Array<{name: string; authType: string}>;
		};
		const printed = [...listed.profiles, ...status.profiles];
		assert.ok(printed.some((profile) => profile.authType === 'developer-token'));
		for (const authType of new Set(printed.map((profile) => profile.authType))) {
			const name = `again-${authType}`;
			const again =
				authType === 'developer-token'
					? await boxauth(
							[
								'profiles',
								'add',
								name,
								'--base-url',
								baseUrl(),
								'--auth-type',
								authType,
								'--token-stdin',
							],
							token,
						)
					: await boxauth(
							[
								'profiles',
								'add',
								name,
								...ccgFlags().map((flag) => (flag === 'ccg' ? authType : flag)),
							],
							secret(),
						);
			assert.equal(again.code, 0, `--auth-type ${authType}: ${again.stderr}`);
		}
	});
});

describe('boxauth sandbox --json (the built CLI: it runs until stopped)', () => {
	const runningSandbox = useRunningSandbox('boxauth-json-sandbox-');

	it('prints its first line, one line of JSON read by the helper, in the same style', async () => {
		const {described} = await runningSandbox();
		const printed = described as unknown as Record<string, unknown>;
		assert.equal(Object.keys(printed)[0], 'version');
		assert.equal(printed['version'], jsonVersion);
		assert.deepEqual(
			keysOf(printed).filter(({key}) => !camelCase.test(key)),
			[],
			"camelCase keys only (the apps' jwtConfig is the console's file: clientID, enterpriseID)",
		);
	});
});
