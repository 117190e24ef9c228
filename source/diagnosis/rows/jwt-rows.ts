import {
	adminReauthorize,
	appAccessLevel,
	developerSignup,
	findEnterpriseId,
	publicKeys,
	syncTheClock,
} from '../../box/console-paths.js';
import type {Failure} from '../../box/failure.js';
import type {DiagnosisRow} from '../diagnosis-row.js';
import {clockDifference, clockIsOff, jwtClockLimitSeconds, usedJwt} from '../failure-facts.js';
import {whatBoxSaid} from '../what-box-said.js';

// JWT assertions: Box checks each claim, the key and the signature, and `exp` against its own
// clock. The claim texts are matched after normalising (`date\/time`, `"kid"`, periods).

const withoutSdk = 'https://developer.box.com/guides/authentication/jwt/without-sdk/';
const jwtSetup = 'https://developer.box.com/guides/authentication/jwt/jwt-setup/';

const newAssertionEachTime =
	'Make a new assertion for every token request, with `exp` 30 to 45 seconds after now, in whole seconds';
const downloadConfig = `Download a new config file: ${publicKeys} > Generate a Public/Private Keypair (Box keeps no copy of the private key)`;

/** The measured clock difference first, when boxauth knows it. */
const clockFirst = (failure: Failure, causes: readonly string[]) => {
	const difference = clockDifference(failure);
	return difference === undefined ? causes : [difference, ...causes];
};

const claimIn = (failure: Failure) => /check the '(\w+)' claim/.exec(whatBoxSaid(failure))?.[1];

// From the text as written: normalising would lowercase `enterpriseID`.
const configFieldIn = (failure: Failure) =>
	/expecting (?:\w+ for )?["'`](\w+)["'`]/i.exec(
		[failure.description, failure.text].filter(Boolean).join(' '),
	)?.[1];

const subjectIs = (type: 'enterprise' | 'user') => (failure: Failure) =>
	failure.context?.subjectType === type;

export const jwtRows: readonly DiagnosisRow[] = [
	{
		id: 'jwt-exp-passed',
		remedy: 'person',
		seen: "`invalid_grant`: Current date/time MUST be before the expiration date/time listed in the 'exp' claim",
		match: [{description: /current date\/? ?time must be before the expiration/}],
		what: "Box's clock says the JWT assertion had already expired when it arrived.",
		why: (failure) =>
			clockFirst(failure, [
				"This machine's clock is behind Box's",
				'The assertion was made earlier and sent late: a cached or retried assertion',
			]),
		fix: [syncTheClock, newAssertionEachTime],
		docs: withoutSdk,
	},
	{
		id: 'jwt-exp-too-far',
		remedy: 'person',
		seen: "`invalid_grant`: Please check the 'exp' claim. The 'exp' value exceeds the maximum value of 60 seconds beyond the issue time.",
		match: [{description: /'exp' value exceeds the maximum/}],
		what: "The JWT assertion's `exp` is more than 60 seconds ahead of Box's clock.",
		why: (failure) =>
			clockFirst(failure, [
				"This machine's clock is ahead of Box's",
				'`exp` is set more than 60 seconds after now, or in milliseconds rather than seconds',
			]),
		fix: [syncTheClock, newAssertionEachTime],
		docs: withoutSdk,
	},
	{
		id: 'jwt-exp-not-integer',
		remedy: 'person',
		seen: "`invalid_grant`: Please check the 'exp' claim. Should be an integer",
		match: [{description: /'exp' claim\.? should be an integer/}],
		what: "The JWT assertion's `exp` is not a whole number of seconds.",
		why: ['`exp` is a string, or a fraction such as `Date.now() / 1000` without rounding'],
		fix: ['Set `exp` to `Math.floor(Date.now() / 1000) + 45`'],
		docs: withoutSdk,
	},
	{
		id: 'jwt-not-before',
		remedy: 'person',
		seen: "`invalid_grant`: Current date/time MUST be after or equal to the not-before date/time listed in the 'nbf' or 'iat' claim",
		match: [{description: /must be after or equal to the not-before/}],
		what: "The JWT assertion's `iat` or `nbf` is in the future by Box's clock.",
		why: (failure) =>
			clockFirst(failure, [
				"This machine's clock is ahead of Box's, and Box allows little or no margin on `iat`",
				'`nbf` is set in the future',
			]),
		fix: [syncTheClock, 'Leave `nbf` out and set `iat` to now'],
		docs: withoutSdk,
	},
	{
		id: 'jwt-exp-claim',
		remedy: 'person',
		seen: "`invalid_grant`: Please check the 'exp' claim.",
		match: [{description: /check the 'exp' claim/}],
		what: "Box rejected the JWT assertion's `exp`.",
		why: (failure) =>
			clockFirst(failure, [
				"This machine's clock is off from Box's (either way)",
				'`exp` is more than 60 seconds after now, or not a whole number of seconds',
			]),
		fix: [syncTheClock, newAssertionEachTime],
		docs: withoutSdk,
	},
	{
		id: 'jwt-jti-reused',
		remedy: 'person',
		seen: "`invalid_grant`: Please check the 'jti' claim. A unique 'jti' value is required.",
		match: [{description: /check the 'jti' claim/}],
		what: "Box has seen this JWT assertion's `jti` before, or cannot use it.",
		why: [
			'The same assertion or `jti` was sent twice: a retry that reused the assertion, or a fixed `jti`',
			'`jti` is shorter than 16 or longer than 128 characters',
		],
		fix: [
			'Make a new assertion with a new random `jti` (such as `crypto.randomUUID()`) for every request, retries included',
		],
		docs: withoutSdk,
	},
	{
		id: 'jwt-enterprise-not-found',
		remedy: 'person',
		seen: "`invalid_grant`: Please check the 'sub' claim. The 'sub' specified is invalid. (enterprise subject)",
		match: [{description: /check the 'sub' claim/, when: subjectIs('enterprise')}],
		what: 'Box does not accept the enterprise ID in the JWT assertion.',
		why: [
			'The Box account is a free personal account, which has no enterprise; JWT needs one',
			"The enterprise ID is wrong: a typo, a user ID, or another app's `enterpriseID`",
			'`sub` is a number rather than a string',
		],
		fix: [
			`Use an account with an enterprise: a free developer account (${developerSignup}) has one`,
			`Copy the enterprise ID from ${findEnterpriseId}`,
			'Send `sub` as a string, such as `"sub": "123456"`',
			'Then run `boxauth setup` again',
		],
		// The ID is typed (or read from the config) at this step; a personal account is told in why.
		step: 'enterprise-id',
		docs: jwtSetup,
	},
	{
		id: 'jwt-sub-invalid',
		remedy: 'person',
		seen: "`invalid_grant`: Please check the 'sub' claim.",
		match: [{description: /check the 'sub' claim/}],
		what: 'Box does not accept the user or enterprise ID in the JWT assertion.',
		why: (failure) => {
			const userCauses = [
				"The user ID is wrong, or the user is not in the app's enterprise",
				'The user is a managed user and the app has App Access Only, or is an app user of another app',
			];
			const enterpriseCause =
				'With an enterprise subject: a wrong enterprise ID, or a free personal account without an enterprise';
			const numeric = '`sub` is a number rather than a string';
			return subjectIs('user')(failure)
				? [...userCauses, numeric]
				: [...userCauses, enterpriseCause, numeric];
		},
		fix: [
			'Find your own user ID at Account Settings > Account > Account ID, or list users with `GET https://api.box.com/2.0/users`',
			`For managed users set ${appAccessLevel}, then have the admin re-authorize: ${adminReauthorize}`,
			'Send `sub` as a string',
			'Then run `boxauth setup` again',
		],
		step: 'enterprise-id',
		docs: jwtSetup,
	},
	{
		id: 'jwt-iss-invalid',
		remedy: 'person',
		seen: "`invalid_grant`: Please check the 'iss' claim.",
		match: [{description: /check the 'iss' claim/}],
		what: "The JWT assertion's `iss` is not this app's client ID.",
		why: [
			"The config file is another app's",
			'`iss` was set to something other than the client ID',
		],
		fix: [downloadConfig, 'Run `boxauth setup` with that file'],
		step: 'create-app',
		docs: jwtSetup,
	},
	{
		id: 'jwt-kid-invalid',
		remedy: 'person',
		seen: '`invalid_grant`: "kid" invalid, unable to lookup correct key',
		match: [{description: /'kid' invalid|unable to lookup correct key/}],
		what: "The JWT assertion's key ID (`kid`) is not one of this app's public keys.",
		why: [
			'The key pair was removed or replaced in the Developer Console',
			"The config file is another app's",
		],
		fix: [
			`Compare \`publicKeyID\` in the config file with the keys listed at ${publicKeys}`,
			downloadConfig,
			'Run `boxauth setup` with the new file',
		],
		step: 'create-app',
		docs: jwtSetup,
	},
	{
		id: 'jwt-signature-invalid',
		remedy: 'person',
		seen: '`invalid_grant`: Signature verification error. The public key identified by "kid" must correspond to the private key used for signing. (or "Signature verification failed")',
		match: [{description: /signature verification (error|failed)/}],
		what: "The JWT assertion's signature does not match the app's public key.",
		why: [
			'The private key is not the one paired with the public key `kid` names: keys rotated, or mixed from two config files',
			'The private key text was changed when copied (line breaks lost, a wrong passphrase)',
		],
		fix: [
			`Check the public key ID in the config file is listed at ${publicKeys}`,
			downloadConfig,
			'Run `boxauth setup` with the new file',
		],
		step: 'create-app',
		docs: jwtSetup,
	},
	{
		id: 'jwt-algorithm-not-allowed',
		remedy: 'person',
		seen: '`invalid_grant`: Algorithm not allowed',
		match: [{description: /algorithm not allowed/}],
		what: 'The JWT assertion is signed with an algorithm Box does not take.',
		why: ['The header `alg` is not RS256, RS384 or RS512 (such as HS256 or ES256)'],
		fix: ["Sign with RS256 and the app's RSA private key"],
		docs: withoutSdk,
	},
	{
		id: 'jwt-claim-invalid',
		remedy: 'person',
		seen: "`invalid_grant`: Please check the '…' claim. (`aud`, `box_sub_type`)",
		match: [{description: /check the '\w+' claim/}],
		what: (failure) => {
			const claim = claimIn(failure);
			return `Box rejected ${claim === undefined ? 'a claim' : `the \`${claim}\` claim`} of the JWT assertion.`;
		},
		why: [
			'`aud` must be exactly `https://api.box.com/oauth2/token`',
			'`box_sub_type` must be `enterprise` or `user`, matching `sub`',
		],
		fix: ["Build the assertion as Box's JWT guide shows, or let boxauth build it: `boxauth setup`"],
		docs: withoutSdk,
	},
	{
		id: 'jwt-config-field-missing',
		remedy: 'person',
		seen: '`Expecting "passphrase" of type "JwtConfigAppSettingsAppAuth" to be defined`',
		match: [{description: /expecting (string for )?'\w+' (of type|to be)/}],
		what: (failure) => {
			const field = configFieldIn(failure);
			return field === undefined
				? 'The JWT config file is missing a field, or has one of the wrong type.'
				: `The JWT config file is missing \`${field}\`, or it is not a string.`;
		},
		why: [
			'The file was edited by hand, or is not the one the Developer Console downloaded',
			'It is a Client Credentials Grant config, which has no `appAuth` key pair',
			'`enterpriseID` is written as a number',
		],
		fix: [downloadConfig, 'Run `boxauth setup` and give it the file path'],
		step: 'create-app',
		docs: jwtSetup,
	},
	{
		id: 'jwt-clock-skew',
		remedy: 'person',
		seen: `A JWT token request failing while this machine's clock is more than ${jwtClockLimitSeconds} s off Box's`,
		match: [
			{
				when: (failure) =>
					usedJwt(failure) &&
					clockIsOff(failure) &&
					failure.transport === undefined &&
					(failure.status === undefined || failure.status === 400),
			},
		],
		what: (failure) =>
			`${clockDifference(failure) ?? "This machine's clock is off"}: too far for a JWT assertion, which works only within about ${jwtClockLimitSeconds} s.`,
		why: [
			"Box checks the assertion's `exp` against its own clock: it must be in the future and at most 60 seconds ahead",
		],
		fix: [syncTheClock, 'Run `boxauth doctor` to compare the clocks again'],
		docs: withoutSdk,
	},
];
