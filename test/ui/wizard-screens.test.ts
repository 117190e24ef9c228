import assert from 'node:assert/strict';
import {afterEach, describe, it} from 'node:test';
import {cleanup} from 'ink-testing-library';
import type {AuthType} from '../../source/box/auth-types.js';
import type {Diagnosis} from '../../source/diagnosis/diagnosis.js';
import type {CheckOutcome} from '../../source/wizard/wizard-events.js';
import type {SetupCredentials} from '../../source/wizard/wizard-state.js';
import {keys} from '../helpers/keys.js';
import {assertNoSecrets} from '../helpers/leak-check.js';
import {settle} from './drawn-screen.js';
import {
	checklistColumn,
	drawWizard,
	heightOf,
	serviceAccount,
	type TerminalSize,
	unwrapped,
	type Wizard,
} from './wizard-harness.js';

const clientId = 'k3c9x1z8q0w2e4r6t5y7u9i1o3p5a7s9';
const clientSecret = 'Qm7Rt2Vx9Lp4Hs8Kd1Fg6Jc3Nb5Wz0Ya';
const fullToken = 'T9sLkQ2vXa8RmN4pWc7YbE1uJd6HgF3z';
const maskedToken = 'T9sL…F3z';

const notAuthorized: Diagnosis = {
	id: 'ccg-app-not-authorized',
	what: 'This app needs to be authorized by the enterprise admin.',
	why: ['The admin has not authorized the app in the Admin Console yet.'],
	fix: ['Ask the admin to authorize the app.'],
	step: 'admin-authorization',
	docs: 'https://developer.box.com/guides/authorization/custom-app-approval/',
};

const passed: CheckOutcome = {ok: true, firstCall: {identity: serviceAccount, maskedToken}};

const fileNotice =
	"No OS keychain works here (no D-Bus session), so boxauth keeps secrets in /home/ada/.config/boxauth/secrets.json, a file only your user can read (mode 0600). On a shared machine, prefer the BOXAUTH_* environment variables, which boxauth reads and never stores. boxauth status shows where each profile's secrets live.";

afterEach(() => {
	cleanup();
});

/** Past the account and auth type steps, at the first field of the create-app step. */
const atCreateApp = (authType: AuthType, sandbox = false, size?: TerminalSize) =>
	drawWizard({
		sandbox,
		size,
		events: [{type: 'account-confirmed'}, {type: 'auth-type-chosen', authType}],
	});

/** Once the field `label` has the keyboard: a key typed before would land in the field before. */
async function typeField(wizard: Wizard, label: string, value: string): Promise<void> {
	await wizard.waitFor(`› ${label}:`);
	await wizard.type(value);
	await wizard.type(keys.enter);
}

/** CCG typed through to the enterprise ID: the wizard asks Box. */
async function ccgTypedThrough(sandbox: boolean, size?: TerminalSize): Promise<Wizard> {
	const wizard = atCreateApp('ccg', sandbox, size);
	await wizard.waitFor('› Profile name: ccg');
	await wizard.type(keys.enter);
	await typeField(wizard, 'Client ID', clientId);
	await typeField(wizard, 'Client secret', clientSecret);
	await wizard.waitFor('Your enterprise ID');
	await typeField(wizard, 'Enterprise ID', '1234567');
	return wizard;
}

/** CCG typed through to the enterprise ID, Box answering that the admin has not approved. */
async function waitingForTheAdmin(sandbox = false, size?: TerminalSize): Promise<Wizard> {
	const wizard = await ccgTypedThrough(sandbox, size);
	const check = await wizard.world.next('checkCredentials');
	assert.deepEqual(
		check.args[0],
		{authType: 'ccg', clientId, clientSecret, subject: {type: 'enterprise', id: '1234567'}},
		'the token request is made with what was typed',
	);
	check.answer({ok: false, failure: {diagnosis: notAuthorized}} satisfies CheckOutcome);
	await wizard.waitFor('An admin of your enterprise authorizes and enables the app');
	return wizard;
}

const grantCredentialsInvalid: Diagnosis = {
	id: 'ccg-grant-credentials-invalid',
	what: 'Box refused a Client Credentials Grant token for enterprise 1234567.',
	why: ['The app is still waiting for an admin to authorize it', 'The secret is wrong'],
	fix: ['Have the admin authorize and enable it', 'Copy the secret again'],
	step: 'create-app',
	docs: 'https://developer.box.com/guides/authentication/client-credentials/',
};

/** The same answer, explained at the length of the real one: longer than a short terminal. */
const grantCredentialsInvalidInFull: Diagnosis = {
	...grantCredentialsInvalid,
	what: `${grantCredentialsInvalid.what} It gives this one answer for a wrong client ID or secret, a subject the app may not use, and an app still waiting for its admin.`,
	why: [
		'The client ID and secret are wrong or belong to different apps: mistyped, cut short, copied from another app, or the secret was reset since',
		"The app's access level does not allow this subject: a managed user needs App + Enterprise Access",
		'The app is still waiting for an admin to authorize it in the Admin Console, or was changed and not re-authorized since',
	],
	fix: [
		'Copy the client ID and secret again from Developer Console > your app > Configuration > OAuth 2.0 Credentials',
		'Check the enterprise ID at Developer Console > your account icon (top right) > Copy Enterprise ID',
		'Have the admin authorize and enable it at Admin Console > Integrations > Platform Apps Manager > Server Authentication Apps > Add App',
	],
};

/** CCG typed through to the enterprise ID, Box answering what a waiting app and a wrong secret both get. */
async function inDoubt(
	size?: TerminalSize,
	diagnosis: Diagnosis = grantCredentialsInvalid,
): Promise<Wizard> {
	const wizard = await ccgTypedThrough(false, size);
	(await wizard.world.next('checkCredentials')).answer({
		ok: false,
		failure: {diagnosis, provenRight: ['clientId']},
	} satisfies CheckOutcome);
	await wizard.waitFor('Or a typing mistake?');
	return wizard;
}

describe('the account and auth type steps', () => {
	it('asks for an account with a signup link, then asks questions one at a time', async () => {
		const wizard = drawWizard();
		const first = await wizard.waitFor('A Box account with access');
		assert.match(first, /https:\/\/account\.box\.com\/signup\/n\/developer/, 'links the signup');
		assert.match(first, /› ○ Box account/, 'marks the current step');
		assert.match(first, /enter I have one/, 'names the key');
		await wizard.type(keys.enter);
		await wizard.waitFor('Do you just want to try the API now');
		assert.match(wizard.screen(), /✔ Box account · done/, 'ticks the account step');
		await wizard.type('n');
		await wizard.waitFor('no-code tool');
		await wizard.type('n');
		await wizard.waitFor('log in with their own Box account');
		await wizard.type('n');
		await wizard.waitFor('key pair');
		await wizard.type('n');
		const shown = await wizard.waitFor('Recommended: Client Credentials Grant');
		assert.match(unwrapped(shown), /client secret is enough/, 'says why');
		assert.match(shown, /› Client Credentials Grant/, 'the recommendation is highlighted');
		assert.match(unwrapped(shown), /Trade-off: an admin must authorize the app/, 'and explained');
	});

	it('recommends a Developer Token to someone who only wants to try the API', async () => {
		const wizard = drawWizard({sandbox: true});
		await wizard.waitFor('Do you just want to try the API now');
		await wizard.type('y');
		const shown = await wizard.waitFor('Recommended: Developer Token');
		assert.match(shown, /› Developer Token/, 'the recommendation is highlighted');
		assert.match(shown, /Token life: 60 minutes, no refresh/, 'with its lifetime');
	});

	it('skips the questions with s and picks from the list with the arrows and Enter', async () => {
		const wizard = drawWizard({
			sandbox: true,
			props: {defaultsFor: () => ({clientId})},
		});
		await wizard.waitFor('Do you just want to try the API now');
		await wizard.type('s');
		const list = await wizard.waitFor('Choose how the app gets its token');
		assert.doesNotMatch(list, /Recommended/, 'no recommendation without answers');
		assert.match(list, /› Developer Token/, 'the first choice is highlighted');
		await wizard.type(keys.down);
		await wizard.waitFor('› Client Credentials Grant');
		await wizard.type(keys.enter);
		const shown = await wizard.waitFor('Create the app in the Developer Console');
		assert.match(
			checklistColumn(shown),
			/✔ Auth type: Client Credentials Grant · done/,
			'the checklist names it',
		);
		assert.match(
			unwrapped(shown),
			/Authentication \(with Client Credentials Grant\)/,
			'the console clicks',
		);
		await wizard.type(keys.enter);
		await wizard.waitFor(`› Client ID: ${clientId}`);
	});
});

describe('the create-app step', () => {
	it('shows a bad client ID problem at the field and keeps what was typed', async () => {
		const wizard = atCreateApp('ccg');
		await wizard.waitFor('› Profile name: ccg');
		await wizard.type(keys.enter);
		await wizard.waitFor('› Client ID:');
		const pasted = 'https://app.box.com/developers/console/app/216798';
		await typeField(wizard, 'Client ID', pasted);
		const shown = await wizard.waitFor('That is a web address, not the Client ID');
		assert.ok(shown.includes(`› Client ID: ${pasted}`), 'what was typed is still in the field');
		assert.match(shown, /Platform App · failed/, 'the checklist says the step failed');
		assert.equal(wizard.world.count('checkCredentials'), 0, 'Box is not asked');
	});

	it('takes a pasted "Bearer " off a token and never shows the token in full', async () => {
		const wizard = atCreateApp('developer-token');
		await wizard.waitFor('› Profile name: developer');
		await wizard.type(keys.enter);
		await wizard.waitFor('› Token:');
		await wizard.type(`Bearer ${fullToken}`);
		assert.ok(!wizard.screen().includes(fullToken), 'the token is masked while typed');
		await wizard.type(keys.enter);
		const check = await wizard.world.next('checkCredentials');
		const credentials = check.args[0] as SetupCredentials;
		assert.deepEqual(credentials, {authType: 'developer-token', token: fullToken}, 'trimmed');
		const shown = await wizard.waitFor('Trying the token with Box');
		assert.match(shown, /Token: T9sL…/, 'shown masked while checked');
		assert.ok(!shown.includes(fullToken), 'never in full');
	});

	it('waits for the browser sign-in with a paste fallback, and offers r after a stall', async () => {
		const wizard = atCreateApp('oauth');
		await wizard.waitFor('› Profile name: oauth');
		await wizard.type(keys.enter);
		await typeField(wizard, 'Client ID', clientId);
		await typeField(wizard, 'Client secret', clientSecret);
		const signIn = await wizard.world.next('signIn');
		const waiting = signIn.args[1] as (sign: Record<string, unknown>) => void;
		waiting({
			authorizeUrl: 'https://account.box.com/api/oauth2/authorize?client_id=k3c9',
			redirectUri: 'http://127.0.0.1:53682/callback',
			browserOpened: false,
		});
		const shown = await wizard.waitFor('Paste the URL your browser ended on');
		assert.match(shown, /oauth2\/authorize\?client_id=k3c9/, 'the address to open');
		assert.match(shown, /http:\/\/127\.0\.0\.1:53682\/callback/, 'the redirect URI to register');
		assert.match(shown, /Waiting for you to sign in/, 'busy with the spinner');
		signIn.answer({ok: false, stalled: 'The browser did not come back within 5 minutes.'});
		const stalled = await wizard.waitFor('to try the sign-in again');
		assert.match(stalled, /did not come back within 5 minutes/, 'says why');
		await wizard.type('r');
		await wizard.world.next('signIn');
		assert.equal(wizard.world.count('signIn'), 2, 'r signs in again');
	});

	it("picks an App Token's expiry from the console's choices, with the arrows and Enter", async () => {
		const wizard = atCreateApp('app-token');
		await wizard.waitFor('› Profile name: app-token');
		await wizard.type(keys.enter);
		await typeField(wizard, 'Token', fullToken);
		const list = await wizard.waitFor('› Never');
		assert.match(list, /30 days/, 'every choice listed');
		assert.match(list, /60 days/);
		assert.match(list, /↑↓ choose {2}· {2}enter check it {2}· {2}esc back {2}· {2}q leave/);
		await wizard.type(keys.up);
		await wizard.waitFor('› 60 days');
		await wizard.type(keys.up);
		await wizard.waitFor('› 30 days');
		await wizard.type(keys.enter);
		const check = await wizard.world.next('checkCredentials');
		assert.deepEqual(check.args[0], {authType: 'app-token', token: fullToken, expiry: '30-days'});
		const shown = await wizard.waitFor('Trying the token with Box');
		assert.match(shown, /Token expiry: 30 days/, 'the choice in words');
	});

	it('goes back from the list of expiries with Esc, where ↑ moves in the list', async () => {
		const wizard = atCreateApp('app-token');
		await wizard.waitFor('› Profile name: app-token');
		await wizard.type(keys.enter);
		await typeField(wizard, 'Token', fullToken);
		await wizard.waitFor('› Never');
		await wizard.type(keys.escape);
		await wizard.waitFor('› Token:');
		assert.equal(wizard.world.count('checkCredentials'), 0, 'nothing asked');
	});

	it('reports an enterprise ID Box refused at its field, with what was typed', async () => {
		const wizard = await ccgTypedThrough(false);
		(await wizard.world.next('checkCredentials')).answer({
			ok: false,
			failure: {
				diagnosis: {
					id: 'jwt-sub-invalid',
					what: 'Box does not accept the user or enterprise ID.',
					why: ["The enterprise ID is not the app's enterprise"],
					fix: ['Copy the enterprise ID again'],
					step: 'enterprise-id',
					docs: 'https://developer.box.com/',
				},
			},
		} satisfies CheckOutcome);
		const shown = await wizard.waitFor('Box does not accept the user or enterprise ID');
		assert.match(shown, /› Enterprise ID: 1234567/, 'the field has the keyboard');
		assert.doesNotMatch(shown, /› Client secret/, 'not the secret');
		assert.match(shown, /Enterprise ID · failed/);
	});

	it('reads q typed into a field as text, not as quit', async () => {
		const wizard = atCreateApp('ccg');
		await wizard.waitFor('› Profile name: ccg');
		await wizard.type('q');
		await wizard.waitFor('› Profile name: ccgq');
		assert.deepEqual(wizard.exitCodes, [], 'still running');
	});
});

describe('the admin authorization step', () => {
	it('shows the steps with the client ID, how often it checks, and that one can leave', async () => {
		const wizard = await waitingForTheAdmin();
		const shown = wizard.screen();
		assert.match(unwrapped(shown), /Review and Submit/, 'how to submit the app');
		assert.match(unwrapped(shown), /Admin Contact/, 'how to find the admin');
		assert.match(unwrapped(shown), new RegExp(`paste the client ID ${clientId}`), 'its ID');
		assert.match(unwrapped(shown), /checking every 10 s, last checked just now/, 'how often');
		assert.match(unwrapped(shown), /boxauth setup --profile ccg picks up here/, 'can leave');
		assert.match(shown, /m admin message/, 'the key for the message');
		assert.match(
			shown,
			/› \S Admin authorization · checking/,
			'the checklist, above: the message gets the width',
		);
		const draft = await wizard.world.next('saveDraft');
		assert.equal((draft.args[0] as {clientId: string}).clientId, clientId, 'the draft is kept');
		const wait = await wizard.world.next('wait');
		assert.equal(wait.args[0], 10_000, 'the next check in 10 s');
		wizard.clock.advance(3000);
		await wizard.waitFor('last checked 3 s ago');
		wizard.clock.advance(60_000);
		await wizard.waitFor('last checked 1 min ago');
	});

	it('m shows the message for the admin in place of the steps, and m again the steps', async () => {
		const wizard = await waitingForTheAdmin();
		await wizard.type('m');
		const message = await wizard.waitFor('A message to send your admin, as it is');
		assert.ok(message.includes(`Client ID: ${clientId}`), 'the message names the client ID');
		assert.match(
			message,
			/Hello, could you authorize and enable my Box app/,
			'a message to send as it is',
		);
		assert.doesNotMatch(message, /Review and Submit/, 'the steps make room for it');
		assert.match(unwrapped(message), /checking every 10 s/, 'still checking');
		assert.match(unwrapped(message), /picks up here/, 'still says one can leave');
		assert.match(message, /m back/, 'the way back');
		await wizard.type('m');
		const steps = await wizard.waitFor('Review and Submit');
		assert.doesNotMatch(steps, /Hello, could you/, 'the message makes room for the steps');
	});

	it('ticks the step the moment the admin approves, without a key', async () => {
		const wizard = await waitingForTheAdmin();
		(await wizard.world.next('wait')).answer(undefined);
		const check = await wizard.world.next('checkCredentials');
		check.answer(passed);
		const saving = await wizard.waitFor('Saving the profile');
		assert.match(checklistColumn(saving), /✔ Admin authorization · done/, 'ticked');
		assert.match(saving, /✔ Enterprise ID · done/, 'and the enterprise ID with it');
		(await wizard.world.next('saveProfile')).answer({ok: true, line: 'Saved as profile ccg.'});
		await wizard.waitFor('Your token works');
	});

	it('c checks now', async () => {
		const wizard = await waitingForTheAdmin();
		assert.doesNotMatch(wizard.screen(), /play the admin/, 'only the sandbox has an admin to play');
		await wizard.type('c');
		await wizard.waitFor('checking now');
		assert.equal(wizard.world.count('checkCredentials'), 2, 'c checks at once');
	});

	it('a plays the admin in the sandbox, then checks', async () => {
		const wizard = await waitingForTheAdmin(true);
		await wizard.waitFor('a play the admin');
		await wizard.type('a');
		const approve = await wizard.world.next('approveInSandbox');
		assert.equal(approve.args[0], clientId, 'approves this app');
		approve.answer(undefined);
		await wizard.world.next('checkCredentials');
		assert.equal(wizard.world.count('checkCredentials'), 2, 'checks once approved');
	});
});

describe('one clock', () => {
	it('turns the spinner only as the fake clock moves', async () => {
		const wizard = await ccgTypedThrough(false);
		const frameOf = () => /([⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]) Asking Box/.exec(wizard.screen())?.[1];
		await wizard.waitFor('Asking Box for a token');
		const first = frameOf();
		assert.ok(first, 'a spinner frame');
		assert.ok(wizard.clock.pending > 0, 'its next frame waits on the fake clock');
		wizard.clock.advance(120);
		await wizard.waitFor(new RegExp(`[^${first}] Asking Box`));
	});
});

describe('the admin step when Box cannot tell a waiting app from a typing mistake', () => {
	it('waits and checks, with the secret and enterprise ID open beside it, the enterprise ID in focus', async () => {
		const wizard = await inDoubt();
		const shown = unwrapped(wizard.screen());
		assert.match(shown, /An admin of your enterprise authorizes and enables the app/);
		assert.match(shown, /Waiting for the admin: checking every 10 s/);
		assert.match(shown, /Client secret: Qm7R…/, 'the secret, masked');
		assert.match(shown, /› Enterprise ID: 1234567/, 'the field typed last keeps the keyboard');
		assert.doesNotMatch(shown, /Client ID: k3c9/, 'not the client ID: Box knows it');
		assert.doesNotMatch(shown, new RegExp(clientSecret), 'never the secret itself');
		assert.match(wizard.screen(), /enter check now/);
	});

	it('ticks the step by itself when the admin approves, without a key', async () => {
		const wizard = await inDoubt();
		(await wizard.world.next('wait')).answer(undefined);
		(await wizard.world.next('checkCredentials')).answer(passed);
		const saving = await wizard.waitFor('Saving the profile');
		assert.match(checklistColumn(saving), /✔ Admin authorization · done/);
	});

	it('checks a secret corrected in place at Enter, pasted in one piece', async () => {
		const wizard = await inDoubt();
		await wizard.type(keys.up);
		await wizard.waitFor('› Client secret:');
		for (const _ of `${clientSecret}extra`) {
			await wizard.type(keys.backspace);
		}

		await wizard.type('Zz7Rt2Xw9Lp4Vz8Nc3Hb6Jd1Fs5Gk0Ya');
		await wizard.waitFor('paused while you correct a field');
		await wizard.type(keys.enter);
		const check = await wizard.world.next('checkCredentials');
		assert.equal(
			(check.args[0] as {clientSecret: string}).clientSecret,
			'Zz7Rt2Xw9Lp4Vz8Nc3Hb6Jd1Fs5Gk0Ya',
			'checked with the corrected secret',
		);
		check.answer(passed);
		await wizard.waitFor('Saving the profile');
	});

	it("says Box's words in one line, and Tab shows every cause and fix in place of the steps", async () => {
		const wizard = await inDoubt();
		assert.doesNotMatch(wizard.screen(), /The secret is wrong/);
		await wizard.type(keys.tab);
		const full = await wizard.waitFor('Likely: The secret is wrong');
		assert.doesNotMatch(full, /Review and Submit/, 'the steps make room');
		assert.match(full, /› Enterprise ID: 1234567/, 'the field keeps the keyboard');
		await wizard.type(keys.tab);
		await wizard.waitFor('Review and Submit');
	});

	it('gives the letter keys back below the last field', async () => {
		const wizard = await inDoubt();
		await wizard.type(keys.down);
		await wizard.waitFor('m admin message');
		assert.match(wizard.screen(), /↑ correct a field/);
		await wizard.type('m');
		await wizard.waitFor('A message to send your admin');
	});

	for (const size of [
		{columns: 100, rows: 30},
		{columns: 80, rows: 24},
	]) {
		it(`fits in ${size.columns}×${size.rows}`, async () => {
			const wizard = await inDoubt(size);
			const shown = wizard.screen();
			assert.ok(heightOf(shown) < size.rows, `${heightOf(shown)} lines in ${size.rows}\n${shown}`);
		});

		it(`fits in ${size.columns}×${size.rows} with every cause and fix, the field and the keys on screen`, async () => {
			const wizard = await inDoubt(size, grantCredentialsInvalidInFull);
			await wizard.type(keys.tab);
			const shown = await wizard.waitFor(/more lines \(Tab for fewer\)/);
			assert.ok(
				heightOf(shown) < size.rows - 1,
				`${heightOf(shown)} lines in ${size.rows}\n${shown}`,
			);
			assert.match(shown, /✘ Box refused a Client Credentials Grant token/, 'from its first line');
			assert.match(shown, /More: https:\/\/developer\.box\.com\//, 'where to read all of it');
			assert.match(shown, /› Enterprise ID: 1234567/);
			assert.match(shown, /tab fewer {2}· {2}esc back {2}· {2}ctrl\+c leave/);
			await wizard.type(keys.tab);
			await wizard.waitFor('submit the app at Authorization');
		});
	}

	it('shows every cause and fix uncut where the terminal has the rows', async () => {
		const wizard = await inDoubt({columns: 100, rows: 60}, grantCredentialsInvalidInFull);
		await wizard.type(keys.tab);
		const shown = await wizard.waitFor('3. Have the admin');
		assert.doesNotMatch(shown, /more lines/);
		assert.match(unwrapped(shown), /Server Authentication Apps > Add App/, 'to the last fix');
	});
});

describe('the done step', () => {
	async function done(line = 'Saved as profile ccg.'): Promise<Wizard> {
		const wizard = await waitingForTheAdmin();
		(await wizard.world.next('wait')).answer(undefined);
		(await wizard.world.next('checkCredentials')).answer(passed);
		(await wizard.world.next('saveProfile')).answer({ok: true, line});
		await wizard.waitFor('Your token works');
		return wizard;
	}

	it('shows who the token acts as and curl lines with the token masked', async () => {
		const wizard = await done();
		const shown = wizard.screen();
		assert.match(shown, /acts as the app's service account, boxauth/, 'who');
		assert.match(shown, /in enterprise 1234567/, 'which enterprise');
		assert.match(shown, /Saved as profile ccg\./, 'where it went');
		assert.match(shown, /✔ First API call · done/, 'every step ticked');
		assert.ok(shown.includes(`curl -H "Authorization: Bearer ${maskedToken}"`), 'masked curl');
		assert.ok(shown.includes('https://api.box.com/2.0/users/me'), 'the users/me call');
		assert.ok(
			shown.includes('-H "Authorization: Bearer $(boxauth token --profile ccg)"'),
			'the fresh-token curl',
		);
		assert.doesNotMatch(shown, /OPTIONS/, 'the upload recipe waits for its key');
		assert.match(shown, /u upload without overwriting/, 'named in the keys');
		assertNoSecrets(shown, [fullToken, clientSecret], 'the done step');
	});

	it('u shows the upload recipe in place of the first commands, and u again those', async () => {
		const wizard = await done();
		await wizard.type('u');
		const shown = await wizard.waitFor('context_info.conflicts.id');
		assert.ok(shown.includes('curl -X OPTIONS https://api.box.com/2.0/files/content'), 'preflight');
		assert.ok(
			shown.includes('curl -X POST https://upload.box.com/api/2.0/files/FILE_ID/content'),
			'a new version',
		);
		assert.ok(shown.includes('$(boxauth token --profile ccg)'), 'with a fresh token');
		assert.doesNotMatch(shown, /2\.0\/users\/me/, 'the first commands make room');
		assert.match(shown, /p try the preflight/, 'the preflight can be tried');
		await wizard.type('u');
		await wizard.waitFor('2.0/users/me');
		assert.doesNotMatch(wizard.screen(), /p try the preflight/, 'only beside its recipe');
	});

	it('tries the upload preflight with p, then finishes with Enter and exit code 0', async () => {
		const wizard = await done();
		await wizard.type('u');
		await wizard.waitFor('context_info.conflicts.id');
		await wizard.type('p');
		await wizard.waitFor('File name to check in All Files: report.pdf');
		await wizard.type(keys.enter);
		const preflight = await wizard.world.next('tryPreflight');
		assert.equal(preflight.args[0], 'report.pdf', 'the file name');
		await wizard.waitFor('Asking Box whether report.pdf is taken');
		preflight.answer('report.pdf exists already as file 12345 (Box answered 409).');
		await wizard.waitFor('exists already as file 12345');
		await wizard.type(keys.enter);
		assert.deepEqual(wizard.exitCodes, [0], 'done');
	});

	it('opens on the first commands, whatever was left open on the admin step', async () => {
		const wizard = await waitingForTheAdmin();
		await wizard.type('m');
		await wizard.waitFor('A message to send your admin');
		(await wizard.world.next('wait')).answer(undefined);
		(await wizard.world.next('checkCredentials')).answer(passed);
		(await wizard.world.next('saveProfile')).answer({ok: true, line: 'Saved as profile ccg.'});
		const shown = await wizard.waitFor('Your token works');
		assert.ok(shown.includes('https://api.box.com/2.0/users/me'), 'the users/me call');
		assert.match(shown, /u upload without overwriting/, 'and the key for the rest');
	});

	it('shows a notice that came with the saved line in a line, and in full with n', async () => {
		const wizard = await done(`Saved as profile ccg.\n${fileNotice}`);
		const shown = await wizard.waitFor('No OS keychain works here');
		assert.doesNotMatch(unwrapped(shown), /BOXAUTH_\*/, 'in one line at first');
		assert.match(shown, /n the notice in full/, 'named in the keys');
		await wizard.type('n');
		const inFull = await wizard.waitFor('BOXAUTH_*');
		assert.match(unwrapped(inFull), /where each profile's secrets live\./, 'all of it');
		assert.match(inFull, /Saved as profile ccg\./, 'under the saved line');
		await wizard.type('n');
		await wizard.waitFor('2.0/users/me');
	});
});

describe('leaving the wizard', () => {
	it('Esc on the first screen leaves with 1, saying that nothing was saved', async () => {
		const wizard = drawWizard();
		const first = await wizard.waitFor('A Box account');
		assert.match(
			first,
			/enter I have one {2}· {2}q leave/,
			'q leaves; there is no step to go back to',
		);
		await wizard.type(keys.escape);
		assert.deepEqual(wizard.exitCodes, [1], 'left early');
		await wizard.waitFor(
			'Setup left at Box account. Nothing was saved; boxauth setup starts again.',
		);
		assert.doesNotMatch(wizard.screen(), /A Box account with access/, 'in place of the screen');
	});

	it('Ctrl+C leaves with 130, even in a field, and says how to start again', async () => {
		const wizard = atCreateApp('ccg');
		const field = await wizard.waitFor('› Profile name: ccg');
		assert.match(field, /esc back {2}· {2}ctrl\+c leave/, 'q is a letter in a field');
		await wizard.type(keys.ctrlC);
		assert.deepEqual(wizard.exitCodes, [130], 'interrupted');
		await wizard.waitFor(
			'Setup left at Platform App. Nothing was saved; boxauth setup starts again.',
		);
	});

	it('aborts the effects under way when it leaves, and says where setup picks up', async () => {
		const wizard = await waitingForTheAdmin();
		const wait = await wizard.world.next('wait');
		assert.match(wizard.screen(), /esc back {2}· {2}q leave/);
		await wizard.type('q');
		assert.deepEqual(wizard.exitCodes, [1], 'left at the admin step');
		await wizard.waitFor(
			'Setup left at Admin authorization: boxauth setup --profile ccg picks up here.',
		);
		wait.answer(undefined);
		await settle(wizard.instance);
		assert.equal(wizard.world.count('checkCredentials'), 1, 'no check after leaving');
	});

	it('names the saved draft when left after going back from the admin step', async () => {
		const wizard = await waitingForTheAdmin();
		await wizard.type(keys.escape);
		await wizard.waitFor('› Enterprise ID: 1234567');
		await wizard.type(keys.ctrlC);
		await wizard.waitFor(
			'Setup left at Enterprise ID: boxauth setup --profile ccg picks up at Admin authorization.',
		);
	});
});

describe('Esc, a step back on every screen', () => {
	it('goes from a question to the question before, and from the first to the account', async () => {
		const wizard = drawWizard();
		await wizard.waitFor('A Box account with access');
		await wizard.type(keys.enter);
		await wizard.waitFor('1/4 Do you just want to try the API now');
		await wizard.type('n');
		const second = await wizard.waitFor('2/4');
		assert.match(second, /esc back/, 'named in the keys');
		await wizard.type(keys.escape);
		await wizard.waitFor('1/4 Do you just want to try the API now');
		await wizard.type(keys.escape);
		await wizard.waitFor('Press Enter once you have one');
		assert.deepEqual(wizard.exitCodes, [], 'still running');
	});

	it('goes from the list of auth types back to the question that decided it', async () => {
		const wizard = drawWizard({sandbox: true});
		await wizard.waitFor('1/4 Do you just want to try the API now');
		await wizard.type('y');
		await wizard.waitFor('Recommended: Developer Token');
		await wizard.type(keys.escape);
		await wizard.waitFor('1/4 Do you just want to try the API now');
		assert.deepEqual(wizard.exitCodes, [], 'still running');
	});

	it('goes from a field to the field before, and from the first field to the list', async () => {
		const wizard = atCreateApp('ccg');
		await wizard.waitFor('› Profile name: ccg');
		await wizard.type(keys.enter);
		await wizard.waitFor('› Client ID:');
		await wizard.type(keys.escape);
		await wizard.waitFor('› Profile name: ccg');
		await wizard.type(keys.escape);
		await wizard.waitFor('› Client Credentials Grant');
		assert.deepEqual(wizard.exitCodes, [], 'still running');
	});

	it('closes the message for the admin first, then goes back to the enterprise ID', async () => {
		const wizard = await waitingForTheAdmin();
		await wizard.type('m');
		await wizard.waitFor('A message to send your admin');
		await wizard.type(keys.escape);
		await wizard.waitFor('Review and Submit');
		await wizard.type(keys.escape);
		const back = await wizard.waitFor('› Enterprise ID: 1234567');
		assert.match(back, /○ Admin authorization/, 'waiting no more');
		assert.doesNotMatch(back, /Waiting for the admin/);
	});

	it('waits while Box is being asked: its answer belongs to the screen it was asked from', async () => {
		const wizard = await ccgTypedThrough(false);
		const asking = await wizard.waitFor('Asking Box for a token');
		assert.doesNotMatch(asking, /esc back/, 'not offered');
		await wizard.type(keys.escape);
		assert.match(wizard.screen(), /Asking Box for a token/, 'still asking');
		(await wizard.world.next('checkCredentials')).answer({
			ok: false,
			failure: {diagnosis: notAuthorized},
		} satisfies CheckOutcome);
		await wizard.waitFor('An admin of your enterprise authorizes and enables the app');
	});
});

describe('the layout', () => {
	it('puts the checklist above the step in a narrow terminal', async () => {
		const wizard = drawWizard();
		const wide = await wizard.waitFor('A Box account with access');
		assert.match(wide, /Box account\s{2,}A Box account with access/, 'side by side');
		Object.defineProperty(wizard.instance.stdout, 'columns', {value: 60});
		wizard.instance.stdout.emit('resize');
		await settle(wizard.instance);
		const lines = wizard.screen().split('\n');
		const checklist = lines.findIndex((line) => line.includes('Box account'));
		const step = lines.findIndex((line) => line.includes('A Box account with access'));
		assert.ok(checklist >= 0 && step > checklist + 5, 'the whole checklist comes first');
	});

	it('takes the checklist into one line under the title in a short terminal', async () => {
		const wizard = drawWizard({size: {columns: 80, rows: 24}});
		const shown = await wizard.waitFor('Steps ›○○○○○ Box account · 0 of 6 done');
		const lines = shown.split('\n');
		assert.match(lines[0] ?? '', /boxauth setup/, 'the title first');
		assert.match(lines[1] ?? '', /Steps/, 'the steps under it');
		assert.doesNotMatch(shown, /Enterprise ID/, 'no line per step');
	});

	const sizes: TerminalSize[] = [
		{columns: 100, rows: 30},
		{columns: 80, rows: 24},
	];
	for (const size of sizes) {
		const fits = (wizard: Wizard, what: string) => {
			const shown = wizard.screen();
			assert.ok(
				heightOf(shown) < size.rows,
				`${what}: ${heightOf(shown)} lines in ${size.rows} rows\n${shown}`,
			);
		};

		it(`fits the console clicks of every auth type in ${size.columns}×${size.rows}`, async () => {
			for (const authType of ['developer-token', 'ccg', 'jwt', 'oauth', 'app-token'] as const) {
				const wizard = atCreateApp(authType, false, size);
				await wizard.waitFor('› Profile name:');
				await wizard.waitFor('1. Click');
				fits(wizard, authType);
				wizard.instance.unmount();
			}
		});

		it(`fits every screen of a CCG setup in ${size.columns}×${size.rows}`, async () => {
			const wizard = await waitingForTheAdmin(false, size);
			fits(wizard, 'the admin steps');
			await wizard.type('m');
			await wizard.waitFor('A message to send your admin');
			fits(wizard, 'the message for the admin');
			(await wizard.world.next('wait')).answer(undefined);
			(await wizard.world.next('checkCredentials')).answer(passed);
			const saved = `Saved profile ccg (Client Credentials Grant), acting as the service account of boxauth (${serviceAccount.login}), enterprise 1234567; secrets in /home/ada/.config/boxauth/secrets.json (only you can read it). Next: boxauth token --profile ccg`;
			(await wizard.world.next('saveProfile')).answer({ok: true, line: `${saved}\n${fileNotice}`});
			await wizard.waitFor('Your token works');
			fits(wizard, 'the last step');
			await wizard.type('n');
			await wizard.waitFor('BOXAUTH_*');
			fits(wizard, 'the notice in full');
			await wizard.type('u');
			await wizard.waitFor('context_info');
			fits(wizard, 'the upload recipe');
			await wizard.type('p');
			await wizard.waitFor('File name to check');
			fits(wizard, 'the file name box');
			await wizard.type(keys.enter);
			(await wizard.world.next('tryPreflight')).answer(
				'No file named report.pdf in All Files yet: an upload would create it (POST /2.0/files/content).',
			);
			await wizard.waitFor('an upload would create it');
			fits(wizard, 'the preflight answer');
		});
	}
});
