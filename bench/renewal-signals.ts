import {setTimeout as delay} from 'node:timers/promises';
import {openConnection} from '../source/box/open-connection.js';
import {openProfiles} from '../source/profiles/open-profiles.js';
import {startSandbox} from '../source/sandbox/start-sandbox.js';
import {renewAccessToken} from '../source/tokens/renew-access-token.js';
import {accessToken} from '../source/tokens/token-lifetimes.js';
import {oauthProfileDueForRenewal, tokenWorks} from '../test/helpers/oauth-profile.js';
import {runCli} from '../test/helpers/run-cli.js';

// The attack on a renewal, as figures: `boxauth token` spends an OAuth refresh token while a
// signal arrives at a random moment of its run; afterwards, does the login still work? Build
// first, then: npx tsx bench/renewal-signals.ts [trials per signal=40]
// kill -9 cannot be held off: it loses the login only if it lands between Box's rotation and
// the journal's write, about a millisecond.

const trials = Number(process.argv[2] ?? 40);
const sandbox = await startSandbox();
const connection = openConnection({
	apiUrl: sandbox.urls.baseUrl,
	uploadUrl: sandbox.urls.uploadUrl,
	authorizeUrl: sandbox.urls.authorizeUrl,
});

async function makeDue(environment: Record<string, string>) {
	const profiles = await openProfiles({environment, now: Date.now});
	const profile = profiles.settings.profiles['work'];
	if (!profile) {
		throw new Error('the profile is gone');
	}

	const longAgo = Date.now() - 2 * 60 * 60 * 1000;
	await (await profiles.settingsStore()).save({
		...profile,
		tokens: {...profile.tokens, access: accessToken(longAgo, 3600)},
	});
	return profiles;
}

const rows: string[] = [];
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGKILL'] as const) {
	let setup = await oauthProfileDueForRenewal(sandbox);
	const started = Date.now();
	await runCli(['token', '--profile', 'work'], {env: setup.environment}).done;
	const window = Date.now() - started;
	let lost = 0;
	let stoppedBeforeTheEnd = 0;
	for (let trial = 0; trial < trials; trial++) {
		await makeDue(setup.environment);
		const run = runCli(['token', '--profile', 'work'], {env: setup.environment});
		await delay(Math.random() * window);
		run.child.kill(signal);
		const ended = await run.done;
		if (ended.code !== 0) {
			stoppedBeforeTheEnd++;
		}

		const after = await renewAccessToken(
			{
				profiles: await makeDue(setup.environment),
				now: Date.now,
				random: Math.random,
				connect: async () => ({connection, close: async () => undefined}),
			},
			'work',
		);
		if (!after.ok || !(await tokenWorks(sandbox, after.accessToken))) {
			lost++;
			// A new login, so that the next trials measure something.
			setup = await oauthProfileDueForRenewal(sandbox);
		}
	}

	rows.push(`| ${signal} | ${trials} | ${window} ms | ${stoppedBeforeTheEnd} | ${lost} |`);
}

console.log(
	[
		'| signal | trials | one run (signals spread over it) | runs the signal stopped | logins lost |',
		'|---|---:|---:|---:|---:|',
		...rows,
	].join('\n'),
);
await connection.transport.close();
await sandbox.close();
