import type {Failure} from '../box/failure.js';
import {maskQuoted} from '../box/mask-secrets.js';
import {diagnose} from './diagnose.js';
import type {Diagnosis} from './diagnosis.js';
import {
	type GrantCredentialsCause,
	grantCredentialsCauses,
	likelyGrantCredentialsCauses,
} from './grant-credentials-causes.js';

export type Subject = {type: 'enterprise' | 'user'; id: string};

/** One token request with the same client ID and secret, for another subject. */
export type TryToken = (subject: Subject) => Promise<Failure | 'ok'>;

// Answers for the other subject that say what is wrong with the app itself, whatever the subject.
const tellsAboutTheApp = new Set([
	'app-not-authorized',
	'ccg-insufficient-scope-not-authorized',
	'invalid-client',
	'subject-type-unauthorized',
	'grant-type-unauthorized',
]);

const named = (type: Subject['type'], id: string | undefined) =>
	id === undefined ? `the ${type}` : `${type} ${maskQuoted(id)}`;

function withCauses(
	diagnosis: Diagnosis,
	what: string,
	causes: readonly GrantCredentialsCause[],
): Diagnosis {
	return {
		...diagnosis,
		what,
		why: causes.map((cause) => grantCredentialsCauses[cause].why),
		fix: causes.map((cause) => grantCredentialsCauses[cause].fix),
	};
}

/**
 * `Grant credentials are invalid` has four causes. A token request for the other subject type
 * with the same client ID and secret tells them apart: if it works, the secret is right and the
 * app is authorized, so only the subject is refused; if it fails the same way, the shared causes
 * come first. Needs the other subject's ID; without one, or when the check itself fails, the
 * diagnosis comes back as it was.
 */
export async function narrowGrantCredentialsInvalid(
	failure: Failure,
	tryToken: TryToken,
	known: {enterpriseId?: string; userId?: string} = {},
): Promise<Diagnosis> {
	const diagnosis = diagnose(failure);
	const {subjectType, subjectId} = failure.context ?? {};
	const otherId = subjectType === 'user' ? known.enterpriseId : known.userId;
	if (diagnosis.id !== 'ccg-grant-credentials-invalid' || !subjectType || !otherId) {
		return diagnosis;
	}

	const other: Subject = {type: subjectType === 'user' ? 'enterprise' : 'user', id: otherId};
	let answer: Failure | 'ok';
	try {
		answer = await tryToken(other);
	} catch {
		return diagnosis;
	}

	if (answer === 'ok') {
		return withCauses(
			diagnosis,
			`The same client ID and secret get a token for ${named(other.type, other.id)}, so the secret is right and the app is authorized: Box refuses ${named(subjectType, subjectId)} itself.`,
			subjectType === 'user' ? ['user-tokens-off', 'subject-not-allowed'] : ['subject-not-allowed'],
		);
	}

	const otherDiagnosis = diagnose(answer);
	if (otherDiagnosis.id === diagnosis.id) {
		const shared: GrantCredentialsCause[] = ['wrong-credentials', 'not-authorized'];
		const rest = likelyGrantCredentialsCauses(failure).filter((cause) => !shared.includes(cause));
		return withCauses(
			diagnosis,
			`The same client ID and secret fail for ${named(other.type, other.id)} too, so the cause is most likely one both share: the secret, or the app's authorization.`,
			[...shared, ...rest],
		);
	}

	if (tellsAboutTheApp.has(otherDiagnosis.id)) {
		return {
			...otherDiagnosis,
			what: `Asked for ${named(other.type, other.id)} instead, Box said more: ${otherDiagnosis.what}`,
		};
	}

	return diagnosis;
}

/**
 * What Box's login page said of the client ID narrows `Grant credentials are invalid` too: a
 * client ID Box does not know is the mistake; one it knows leaves the secret, the subject and the
 * admin. `unsure` changes nothing.
 */
export function narrowedByClientId(
	diagnosis: Diagnosis,
	answer: 'known' | 'unknown' | 'unsure',
): Diagnosis {
	if (diagnosis.id !== 'ccg-grant-credentials-invalid' || answer === 'unsure') {
		return diagnosis;
	}

	if (answer === 'unknown') {
		return {
			...withCauses(
				diagnosis,
				"Box does not know this client ID: its login page answers `invalid_client` for it, so the client ID is wrong (mistyped, cut short, or another app's).",
				['wrong-credentials'],
			),
			step: 'create-app',
		};
	}

	return {
		...diagnosis,
		what: `${diagnosis.what} Box knows the client ID (its login page answers for it), so the secret, the enterprise or user ID, or the admin's approval is left.`,
	};
}
