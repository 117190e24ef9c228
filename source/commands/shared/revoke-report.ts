import {diagnose} from '../../diagnosis/diagnose.js';
import type {SecretName} from '../../profiles/profile.js';
import {consoleTokens} from './console-tokens.js';
import {formatDiagnosis} from './format-diagnosis.js';
import type {RevokeOutcome} from './revoke-tokens.js';

const tokenWords: Partial<Record<SecretName, string>> = {
	'access-token': 'access token',
	'refresh-token': 'refresh token',
};

const wordOf = (name: SecretName) => tokenWords[name] ?? name;

const unsetLines = (stillSet: readonly string[]) =>
	stillSet.map((variable) => `${variable} still holds it: unset it, since boxauth only reads it.`);

/** What revoking did, in words: `ok` false when nothing (or not all) was revoked. */
export function revokeReport(name: string, outcome: RevokeOutcome): {ok: boolean; text: string} {
	switch (outcome.kind) {
		case 'no-profile': {
			return {ok: false, text: `no profile named ${name}; boxauth profiles list shows them`};
		}

		case 'nothing-held': {
			const {authType} = outcome.profile;
			const words =
				authType === 'developer-token' || authType === 'app-token'
					? consoleTokens[authType].words
					: 'token';
			return {ok: true, text: `Profile ${name} holds no ${words}: nothing to revoke.`};
		}

		case 'forgotten': {
			const token = consoleTokens[outcome.consoleToken];
			return {
				ok: true,
				text: [
					`Forgot the ${token.words} of profile ${name}.`,
					...unsetLines(outcome.stillSet),
					`boxauth can't revoke it at Box: Box's revoke needs the app's client ID and secret, which this profile doesn't have.`,
					`To end it now: ${token.where}.`,
					token.note,
				].join('\n'),
			};
		}

		case 'no-credentials': {
			return {
				ok: false,
				text: `Box's revoke needs the app's client ID and secret, and profile ${name} has no ${outcome.missing}: nothing was revoked or forgotten. Enter it again with \`boxauth login --profile ${name}\`.`,
			};
		}

		case 'refused': {
			const revoked = outcome.revoked.map(wordOf);
			const done =
				revoked.length > 0
					? ` (the ${revoked.join(' and ')} ${revoked.length === 1 ? 'was' : 'were'} revoked)`
					: '';
			return {
				ok: false,
				text: `${formatDiagnosis(diagnose(outcome.failure), outcome.failure, name)}\n\nRevoking the ${wordOf(outcome.token)} of profile ${name} failed${done}; nothing was forgotten. Run boxauth revoke again once the cause is fixed.`,
			};
		}

		case 'revoked': {
			const revoked = outcome.revoked.map(wordOf);
			return {
				ok: true,
				text: [
					outcome.profile.authType === 'oauth'
						? `Revoked the ${revoked.join(' and ')} of profile ${name} at Box, and forgot ${revoked.length === 1 ? 'it' : 'them'}: the login has ended. Log in again with \`boxauth login --profile ${name}\`.`
						: `Revoked the access token of profile ${name} at Box, and forgot it. The next \`boxauth token --profile ${name}\` gets a new one.`,
					...unsetLines(outcome.stillSet),
				].join('\n'),
			};
		}
	}
}
