import type {Subject} from '../../box/client-credentials.js';
import type {ClientIdAnswer} from '../../box/client-id-probe.js';
import type {Failure} from '../../box/failure.js';
import {diagnose} from '../../diagnosis/diagnose.js';
import type {Diagnosis} from '../../diagnosis/diagnosis.js';
import {narrowedByClientId, narrowGrantCredentialsInvalid} from '../../diagnosis/narrow-causes.js';
import type {ServerGrant} from '../../tokens/server-grant.js';
import {type Check, failed, passed, skipped} from './check.js';

/** Credentials, app authorization and subject: what one token request tells. */
export type TokenChecks = readonly [Check, Check, Check];

type Stage = 'credentials' | 'app-authorization' | 'subject';

const stages: readonly Stage[] = ['credentials', 'app-authorization', 'subject'];

// Which of the three Box's answer is about (box-auth-reference.md 5.2, "token answer → wizard
// verdict"). Any other answer, a transport problem or a bad key included, stops at the first.
const stageOfAnswer: Readonly<Record<string, Stage>> = {
	'app-not-authorized': 'app-authorization',
	'ccg-insufficient-scope-not-authorized': 'app-authorization',
	'enterprise-id-zero': 'subject',
	'jwt-enterprise-not-found': 'subject',
	'jwt-sub-invalid': 'subject',
	'user-token-not-allowed': 'subject',
};

const stageWords: Record<Stage, string> = {
	credentials: 'client ID and secret',
	'app-authorization': "app's authorization",
	subject: 'enterprise or user ID',
};

export const named = (subject: Subject) => `${subject.type} ${subject.id}`;

/**
 * The three checks when Box's answer is about `stage`: the ones before it were not what Box
 * objected to, and the ones after can't be told without a token.
 */
function stoppedAt(
	stage: Stage,
	check: Check,
	before: Partial<Record<Stage, string>>,
): TokenChecks {
	const position = stages.indexOf(stage);
	return stages.map((each, index) => {
		if (index === position) {
			return check;
		}

		// Box objecting to a later stage proves nothing about this one: only a token would.
		const proof = before[each];
		if (index < position) {
			return proof === undefined
				? skipped(each, `not what Box objected to: its answer was about the ${stageWords[stage]}`)
				: passed(each, proof);
		}

		return skipped(each, 'needs a token');
	}) as unknown as TokenChecks;
}

/** The checks for a token request Box refused, as its answer (perhaps narrowed) says. */
export function checksForAnswer(
	failure: Failure,
	diagnosis: Diagnosis = diagnose(failure),
): TokenChecks {
	const stage = stageOfAnswer[diagnosis.id] ?? 'credentials';
	return stoppedAt(stage, failed(stage, failure, diagnosis), {});
}

/**
 * `Grant credentials are invalid` has four causes: one more token request, for the other
 * subject type with the same client ID and secret, tells some apart. When that request gets a
 * token, the secret and the app's authorization are proven, and only the subject is left.
 */
export async function narrowedChecks(
	failure: Failure,
	grant: ServerGrant,
	known: {enterpriseId?: string},
	clientIdAnswer: () => Promise<ClientIdAnswer>,
): Promise<TokenChecks> {
	const worked: Subject[] = [];
	const narrowed = await narrowGrantCredentialsInvalid(
		failure,
		async (subject) => {
			const result = await grant(subject);
			if (result.ok) {
				worked.push(subject);
				return 'ok';
			}

			return result.failure;
		},
		known,
	);
	const [other] = worked;
	if (!other) {
		// Nothing proved the client ID yet: Box's login page can tell whether it knows it.
		return checksForAnswer(failure, narrowedByClientId(narrowed, await clientIdAnswer()));
	}

	return stoppedAt('subject', failed('subject', failure, narrowed), {
		credentials: `The same client ID and secret get a token for ${named(other)}`,
		'app-authorization': `The app is authorized: it got a token for ${named(other)}`,
	});
}
