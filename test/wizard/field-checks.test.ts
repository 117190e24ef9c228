import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {seedSandbox} from '../../source/sandbox/seed-sandbox.js';
import {
	checkCallbackPort,
	checkClientId,
	checkClientSecret,
	checkPastedToken,
	checkProfileName,
	checkSubjectId,
	type FieldCheck,
} from '../../source/wizard/field-checks.js';

const clientId = 'k3c9x1z8q0w2e4r6t5y7u9i1o3p5a7s9';
const clientSecret = 'Qm7Rt2Xw9Lp4Vz8Nc3Hb6Jd1Fs5Gk0Ya';

function problemOf(check: FieldCheck): string {
	assert.equal(check.ok, false, 'the value is refused');
	return check.ok ? '' : check.problem;
}

function takenValue(check: FieldCheck): string {
	assert.equal(check.ok, true, `the value is taken: ${check.ok ? '' : check.problem}`);
	return check.ok ? check.value : '';
}

describe('the Client ID field', () => {
	it('takes 32 lower-case letters and digits, trimmed', () => {
		assert.equal(takenValue(checkClientId(`  ${clientId}\n`)), clientId);
	});

	it("takes every client ID of boxauth's sandbox", () => {
		for (const app of seedSandbox(Date.now()).apps) {
			assert.equal(takenValue(checkClientId(app.clientId)), app.clientId);
			assert.equal(takenValue(checkClientSecret(app.clientSecret)), app.clientSecret);
		}
	});

	it('recognises a URL pasted from the console', () => {
		assert.match(
			problemOf(checkClientId('https://app.box.com/developers/console/app/2178963/configuration')),
			/web address, not the Client ID.*OAuth 2\.0 Credentials/,
		);
	});

	it('refuses an ID with spaces inside', () => {
		assert.match(
			problemOf(checkClientId('k3c9x1z8q0w2e4r6 t5y7u9i1o3p5a7s9')),
			/no spaces in it.*OAuth 2\.0 Credentials/,
		);
	});

	it('says the length when it is not 32', () => {
		assert.match(
			problemOf(checkClientId(clientId.slice(0, 30))),
			/A Client ID is 32 characters; this is 30/,
		);
	});

	it('recognises the Client Secret pasted in its place, without repeating it', () => {
		const problem = problemOf(checkClientId(clientSecret));
		assert.match(problem, /looks like the Client Secret/);
		assert.ok(!problem.includes(clientSecret), 'the secret is not repeated');
	});
});

describe('the Client Secret field', () => {
	it('takes 32 letters and digits, trimmed', () => {
		assert.equal(takenValue(checkClientSecret(` ${clientSecret} `)), clientSecret);
	});

	it('says the length when it is not 32, and where to copy it again, without the secret', () => {
		const short = clientSecret.slice(0, 20);
		const problem = problemOf(checkClientSecret(short));
		assert.match(
			problem,
			/a client secret is 32 characters; this is 20: copy it again with Fetch Client Secret/i,
		);
		assert.ok(!problem.includes(short), 'the secret is not repeated');
	});

	it('refuses a secret with spaces or other signs, without repeating it', () => {
		for (const typed of [
			`${clientSecret.slice(0, 16)} ${clientSecret.slice(16)}`,
			`${clientSecret}!`,
		]) {
			const problem = problemOf(checkClientSecret(typed));
			assert.match(problem, /Fetch Client Secret/);
			assert.ok(!problem.includes(clientSecret.slice(0, 16)), 'the secret is not repeated');
		}
	});
});

describe('the enterprise and user ID fields', () => {
	it('takes a number, trimmed', () => {
		assert.equal(
			takenValue(checkSubjectId('enterprise', 'The enterprise ID', ' 1234567 ')),
			'1234567',
		);
	});

	it('refuses a non-numeric ID and says where to find it', () => {
		assert.match(
			problemOf(checkSubjectId('enterprise', 'The enterprise ID', 'acme')),
			/takes the enterprise ID, a number such as 1234567; "acme" is not one\. Find it in .*Copy Enterprise ID/,
		);
	});

	it('recognises a URL', () => {
		assert.match(
			problemOf(checkSubjectId('user', 'The user ID', 'app.box.com/user/123')),
			/takes the user ID, .* but was given a URL\. Find it in Admin Console > Users and Groups/,
		);
	});

	it('says 0 is the free personal account, which has no enterprise', () => {
		assert.match(
			problemOf(checkSubjectId('enterprise', 'The enterprise ID', '0')),
			/is 0, which Box gives a free personal account: it has no enterprise.*signup\/n\/developer/,
		);
		assert.match(
			problemOf(checkSubjectId('user', 'The user ID', '0')),
			/is 0, which is no user's ID/,
		);
	});
});

describe('the pasted token field', () => {
	it('takes off a Bearer prefix and quotes', () => {
		assert.equal(takenValue(checkPastedToken('Bearer "abc123XYZ"\n')), 'abc123XYZ');
		assert.equal(takenValue(checkPastedToken('Authorization: Bearer abc123XYZ')), 'abc123XYZ');
	});

	it('refuses an empty paste and a URL', () => {
		assert.match(problemOf(checkPastedToken('  ')), /Paste the token/);
		assert.match(problemOf(checkPastedToken('https://app.box.com/developers/console')), /URL/);
	});
});

describe('the profile name field', () => {
	it('takes a plain name, trimmed', () => {
		assert.equal(takenValue(checkProfileName(' work-ccg ')), 'work-ccg');
	});

	it('refuses a name with spaces inside', () => {
		assert.match(problemOf(checkProfileName('my work')), /can't be a profile name/);
	});
});

describe('the callback port field', () => {
	it('takes empty as "pick a free port"', () => {
		assert.equal(takenValue(checkCallbackPort('  ')), '');
	});

	it('takes a port from 1024 to 65535', () => {
		assert.equal(takenValue(checkCallbackPort('3000')), '3000');
		assert.equal(takenValue(checkCallbackPort('1024')), '1024');
		assert.equal(takenValue(checkCallbackPort('65535')), '65535');
	});

	it('refuses words, ports that need administrator rights and ports past 65535', () => {
		assert.match(problemOf(checkCallbackPort('http')), /whole number.*Redirect URI/);
		assert.match(problemOf(checkCallbackPort('80')), /from 1024 to 65535.*80 is not/);
		assert.match(problemOf(checkCallbackPort('70000')), /from 1024 to 65535.*70000 is not/);
		assert.match(problemOf(checkCallbackPort('30.5')), /whole number/);
	});
});
