import {
	clientCredentials,
	enterpriseIdZero,
	fetchClientSecret,
	findEnterpriseId,
	redirectUris,
} from '../box/console-paths.js';
import {normalizePastedToken} from '../box/pasted-token.js';
import {profileNameProblem} from '../profiles/profile-name.js';

/** What the user typed in one field: the value to use, or what is wrong and where to look. */
export type FieldCheck = {ok: true; value: string} | {ok: false; problem: string};

export type SubjectType = 'enterprise' | 'user';

const problem = (text: string): FieldCheck => ({ok: false, problem: text});

const looksLikeUrl = /^([a-z][a-z\d+.-]*:\/\/|www\.|[\w-]+\.box\.com\b)/i;

// Both are 32 characters in the console; the ID in lower case only, so mixed case means the secret.
const credentialLength = 32;

/** The app's Client ID, which Box shows as 32 lower-case letters and digits. */
export function checkClientId(value: string): FieldCheck {
	const id = value.trim();
	const findIt = `Copy it from ${clientCredentials}.`;
	if (id === '') {
		return problem(`Paste the app's Client ID. ${findIt}`);
	}

	if (looksLikeUrl.test(id)) {
		return problem(
			`That is a web address, not the Client ID (the number in the console's address is the app's own ID, which Box does not take here). ${findIt}`,
		);
	}

	if (/\s/.test(id)) {
		return problem(`A Client ID has no spaces in it: paste only the ID. ${findIt}`);
	}

	if (!/^[a-z\d]+$/.test(id)) {
		return problem(
			id.length === credentialLength && /^[A-Za-z\d]+$/.test(id)
				? `A Client ID has no capital letters; this looks like the Client Secret. ${findIt}`
				: `A Client ID has only lower-case letters and digits; this has capitals or other signs. ${findIt}`,
		);
	}

	if (id.length !== credentialLength) {
		return problem(
			`A Client ID is ${credentialLength} characters; this is ${id.length}: copy all of it. ${findIt}`,
		);
	}

	return {ok: true, value: id};
}

/** The app's Client Secret: 32 letters and digits. It is never repeated in a problem. */
export function checkClientSecret(value: string): FieldCheck {
	const secret = value.trim();
	const findIt = `Copy it with ${fetchClientSecret}.`;
	if (secret === '') {
		return problem(`Paste the app's Client Secret. ${findIt}`);
	}

	if (/\s/.test(secret)) {
		return problem(`A client secret has no spaces in it: paste only the secret. ${findIt}`);
	}

	if (!/^[A-Za-z\d]+$/.test(secret)) {
		return problem(`A client secret has only letters and digits; this has other signs. ${findIt}`);
	}

	if (secret.length !== credentialLength) {
		return problem(
			`A client secret is ${credentialLength} characters; this is ${secret.length}: copy it again with Fetch Client Secret at ${clientCredentials}.`,
		);
	}

	return {ok: true, value: secret};
}

const whereToFind: Record<SubjectType, string> = {
	enterprise: `Find it in ${findEnterpriseId}.`,
	user: 'Find it in Admin Console > Users and Groups > the user > User ID, or as "id" in GET /2.0/users/me.',
};

/**
 * The enterprise or user ID typed (or read from a JWT config), checked before any request: Box
 * answers a bad one with a vague "Grant credentials are invalid" or "check the 'sub' claim".
 * `source` names where it came from, such as `--enterprise-id`.
 */
export function checkSubjectId(type: SubjectType, source: string, value: string): FieldCheck {
	const id = value.trim();
	if (looksLikeUrl.test(id)) {
		return problem(
			`${source} takes the ${type} ID, a number such as 1234567, but was given a URL. ${whereToFind[type]}`,
		);
	}

	if (!/^\d+$/.test(id)) {
		return problem(
			`${source} takes the ${type} ID, a number such as 1234567; "${id}" is not one. ${whereToFind[type]}`,
		);
	}

	if (/^0+$/.test(id)) {
		return problem(
			type === 'enterprise'
				? `${source} is 0, ${enterpriseIdZero}`
				: `${source} is 0, which is no user's ID. ${whereToFind.user}`,
		);
	}

	return {ok: true, value: id};
}

/** A Developer Token or App Token as pasted, with any `Bearer ` or quotes around it taken off. */
export function checkPastedToken(value: string): FieldCheck {
	const pasted = normalizePastedToken(value);
	return pasted.ok ? {ok: true, value: pasted.token} : problem(pasted.problem);
}

/** The name boxauth saves the setup under, as typed later in `--profile NAME`. */
export function checkProfileName(value: string): FieldCheck {
	const name = value.trim();
	const nameProblem = profileNameProblem(name);
	return nameProblem === undefined ? {ok: true, value: name} : problem(nameProblem);
}

const lowestPort = 1024;
const highestPort = 65_535;

/** The port for the OAuth 2.0 login's redirect; empty means boxauth picks a free one. */
export function checkCallbackPort(value: string): FieldCheck {
	const typed = value.trim();
	if (typed === '') {
		return {ok: true, value: ''};
	}

	const matchIt = `Use the port of the Redirect URI at ${redirectUris}, or leave it empty for any free port.`;
	if (!/^\d+$/.test(typed)) {
		return problem(`A port is a whole number, such as 3000; "${typed}" is not one. ${matchIt}`);
	}

	const port = Number(typed);
	if (port < lowestPort || port > highestPort) {
		return problem(
			`A port is from ${lowestPort} to ${highestPort} (lower ones need administrator rights); ${port} is not. ${matchIt}`,
		);
	}

	return {ok: true, value: String(port)};
}
