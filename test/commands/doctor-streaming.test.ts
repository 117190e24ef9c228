import assert from 'node:assert/strict';
import {Writable} from 'node:stream';
import {afterEach, describe, it} from 'node:test';
import {run} from '../../source/commands/doctor/doctor-command.js';
import {openProfiles} from '../../source/profiles/open-profiles.js';
import {isolatedHome, noKeychain} from '../helpers/isolated-environment.js';
import {commandInput} from '../helpers/run-boxauth.js';
import {appOfType, control, useSandbox} from '../helpers/sandbox-fixture.js';
import {writeSandboxProfile} from '../helpers/sandbox-profile.js';

// `boxauth doctor` shows each check the moment it finishes (issue 15). The sandbox holds back
// its answer to the token request; what reached stdout before that answer was given shows
// which lines were streamed and which waited.

const latencyMs = 400;

/** One write to a stream: what, when, and whether the sandbox had answered the token request. */
type Write = {stream: 'stdout' | 'stderr'; text: string; at: number; tokenAnswered: boolean};

describe('boxauth doctor, as the checks finish', () => {
	const sandbox = useSandbox();

	afterEach(async () => {
		await control(sandbox(), '/faults', undefined, 'DELETE');
	});

	/** The sandbox's access tokens: one more once the token request has been answered. */
	const issuedTokens = () => Object.keys(sandbox().runtime.state.accessTokens).length;

	async function slowDoctor(flags: {json?: boolean} = {}, stderrIsTerminal = false) {
		const environment = isolatedHome().env;
		const profiles = await openProfiles({environment, now: Date.now, keychain: noKeychain});
		const {clientId, clientSecret} = appOfType(sandbox(), 'Demo CCG App');
		await writeSandboxProfile(profiles, sandbox(), {
			profile: {
				name: 'slow',
				authType: 'ccg',
				clientId,
				subject: {type: 'enterprise', id: sandbox().describe().enterprise.id},
			},
			secrets: {'client-secret': clientSecret},
		});
		const answer = await control(sandbox(), '/faults', {
			kind: 'latency',
			latencyMs,
			path: '/oauth2/token',
		});
		assert.equal(answer.status, 200, answer.text);

		const before = issuedTokens();
		const writes: Write[] = [];
		// Each write is seen the moment the command makes it, not a turn of the event loop later.
		const recorder = (stream: Write['stream']) =>
			Object.assign(
				new Writable({
					write(chunk: Buffer, _encoding, done) {
						const tokenAnswered = issuedTokens() > before;
						writes.push({stream, text: chunk.toString(), at: performance.now(), tokenAnswered});
						done();
					},
				}),
				stream === 'stderr' && stderrIsTerminal ? {isTTY: true, columns: 80} : {},
			);
		const input = commandInput({
			flags: {profile: 'slow', ...(flags.json ? {json: true} : {})},
			environment,
		});
		const code = await run({
			...input,
			streams: {...input.streams, stdout: recorder('stdout'), stderr: recorder('stderr')},
		});
		const text = (stream: Write['stream']) =>
			writes
				.filter((write) => write.stream === stream)
				.map((write) => write.text)
				.join('');
		return {code, writes, stdout: text('stdout'), stderr: text('stderr')};
	}

	it('writes the header and the first checks before the slow token request is answered', async () => {
		const {code, writes, stdout, stderr} = await slowDoctor();
		assert.equal(code, 0, stdout + stderr);
		assert.equal(stderr, '', 'no progress line on a stderr that is not a terminal');

		const lines = stdout.split('\n');
		assert.match(lines[0] ?? '', /^boxauth doctor: profile slow \(Client Credentials Grant, /);
		assert.equal(stdout.match(/^✔ passed /gm)?.length, 7, stdout);
		assert.match(stdout, /\n\nHealthy: nothing failed\.\n$/);

		/** The write that holds a check's line: each line is written whole, in one write. */
		const writeOf = (label: string) => {
			const found = writes.find((write) => write.text.includes(`  ${label}: `));
			assert.ok(found, `a write holds the ${label} line`);
			assert.match(found.text, /\n$/, 'a write ends its line');
			return found;
		};

		assert.ok(writes[0]?.text.startsWith('boxauth doctor: profile slow'), 'the header comes first');
		assert.equal(writes[0]?.tokenAnswered, false);
		for (const label of ['Box reachable', 'Proxy', 'Clock']) {
			assert.equal(writeOf(label).tokenAnswered, false, `${label} was written before Box answered`);
		}

		for (const label of ['Credentials', 'App authorization', 'Enterprise or user', 'users/me']) {
			assert.equal(writeOf(label).tokenAnswered, true, `${label} waited for Box's answer`);
		}

		// The sandbox held the token request back after the clock's line was out: nothing buffered
		// the early lines until the end.
		const waited = writeOf('Credentials').at - writeOf('Clock').at;
		assert.ok(waited >= latencyMs - 25, `the credentials line came ${waited} ms after the clock's`);
		assert.match(writes.at(-1)?.text ?? '', /^\nHealthy: nothing failed\.\n$/);
	});

	it('writes --json as one document once every check has finished', async () => {
		const {code, writes, stdout} = await slowDoctor({json: true});
		assert.equal(code, 0, stdout);
		const written = writes.filter((write) => write.stream === 'stdout');
		assert.equal(written.length, 1, 'one write');
		assert.equal(written[0]?.tokenAnswered, true);
		const report = JSON.parse(stdout) as {checks: unknown[]; healthy: boolean};
		assert.equal(report.checks.length, 7);
		assert.equal(report.healthy, true);
	});

	it('shows the check under way on a terminal, and clears it before each line of the report', async () => {
		const {code, writes, stdout, stderr} = await slowDoctor({}, true);
		assert.equal(code, 0, stdout + stderr);
		const shown = [
			'checking that Box answers…',
			"asking Box's token endpoint for a token…",
			'asking Box who the token acts as (users/me)…',
		];
		assert.equal(
			stderr,
			shown.map((text) => `${text}\r${' '.repeat(text.length)}\r`).join(''),
			'each is written, then overwritten with spaces',
		);

		const waiting = writes.find((write) => write.text === shown[1]);
		assert.equal(waiting?.tokenAnswered, false, 'shown while the token request waits');

		let showing = false;
		for (const write of writes) {
			if (write.stream === 'stderr') {
				showing = !write.text.startsWith('\r');
			} else {
				assert.equal(showing, false, `no progress on the line when writing ${write.text}`);
			}
		}

		assert.doesNotMatch(stdout, /checking|asking/, 'stdout holds the report alone');
	});
});
