import {createPublicKey} from 'node:crypto';
import {compactVerify, decodeProtectedHeader, type JWTPayload, errors as joseErrors} from 'jose';
import {tokenAnswers} from '../answers/token-answers.js';
import {findApp} from '../find-app.js';
import {forgetExpiredJtis} from '../forget-spent-records.js';
import type {PublicKey, SandboxApp} from '../sandbox-state.js';
import {failure, type GrantContext, type GrantOutcome} from './grant-outcome.js';
import {issueServerToken, resolveSubject} from './server-app-token.js';

const allowedAlgorithms = new Set(['RS256', 'RS384', 'RS512']);
/** Box's SDKs put this audience in every assertion, whatever host they talk to. */
export const jwtAudience = 'https://api.box.com/oauth2/token';
const maximumExpirySeconds = 60;

/** The payload if one of the keys verifies the signature. */
async function verifiedPayload(
	assertion: string,
	algorithm: string,
	keys: PublicKey[],
): Promise<JWTPayload | undefined> {
	for (const key of keys) {
		try {
			const {payload} = await compactVerify(assertion, createPublicKey(key.pem), {
				algorithms: [algorithm],
			});
			return JSON.parse(new TextDecoder().decode(payload)) as JWTPayload;
		} catch (error) {
			if (!(error instanceof joseErrors.JOSEError) && !(error instanceof SyntaxError)) {
				throw error;
			}
		}
	}

	return undefined;
}

function candidateKeys(app: SandboxApp, kid: unknown): PublicKey[] | undefined {
	// Box's own TypeScript SDK sends no `kid`: then every key of the app is tried.
	if (kid === undefined) {
		return app.publicKeys;
	}

	const key = app.publicKeys.find((candidate) => candidate.id === kid);
	return key ? [key] : undefined;
}

export async function jwtBearerGrant(
	form: URLSearchParams,
	context: GrantContext,
): Promise<GrantOutcome> {
	const {state, now} = context;
	const app = findApp(state, form.get('client_id'));
	if (!app || form.get('client_secret') !== app.clientSecret) {
		return failure(tokenAnswers.invalidClient);
	}

	if (app.authType !== 'jwt') {
		return failure(tokenAnswers.grantTypeNotForApp);
	}

	const assertion = form.get('assertion') ?? '';
	let header: ReturnType<typeof decodeProtectedHeader>;
	try {
		header = decodeProtectedHeader(assertion);
	} catch {
		return failure(tokenAnswers.assertionMalformed);
	}

	if (typeof header.alg !== 'string' || !allowedAlgorithms.has(header.alg)) {
		return failure(tokenAnswers.algorithmNotAllowed);
	}

	const keys = candidateKeys(app, header.kid);
	if (!keys) {
		return failure(tokenAnswers.kidInvalid);
	}

	const claims = await verifiedPayload(assertion, header.alg, keys);
	if (!claims) {
		return failure(tokenAnswers.signatureInvalid);
	}

	if (claims.iss !== app.clientId) {
		return failure(tokenAnswers.issClaim);
	}

	const audience = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
	if (!audience.includes(jwtAudience)) {
		return failure(tokenAnswers.audClaim);
	}

	const nowSeconds = Math.floor(now / 1000);
	if (typeof claims.exp !== 'number' || !Number.isInteger(claims.exp)) {
		return failure(tokenAnswers.expNotInteger);
	}

	if (claims.exp <= nowSeconds) {
		return failure(tokenAnswers.expPassed);
	}

	if (claims.exp > nowSeconds + maximumExpirySeconds) {
		return failure(tokenAnswers.expTooFar);
	}

	const notBefore = Math.max(Number(claims.iat ?? 0), Number(claims.nbf ?? 0));
	if (notBefore > nowSeconds) {
		return failure(tokenAnswers.notBeforeFuture);
	}

	forgetExpiredJtis(state.usedJtis, now);
	const {jti} = claims;
	if (typeof jti !== 'string' || jti.length < 16 || jti.length > 128 || jti in state.usedJtis) {
		return failure(tokenAnswers.jtiClaim);
	}

	state.usedJtis[jti] = claims.exp * 1000;

	if (typeof claims.sub !== 'string') {
		return failure(tokenAnswers.subClaimShort);
	}

	const subjectType = claims['box_sub_type'];
	if (subjectType !== 'enterprise' && subjectType !== 'user') {
		return failure(tokenAnswers.boxSubTypeClaim);
	}

	const subject = resolveSubject(
		state,
		app,
		{type: subjectType, id: claims.sub},
		{
			invalidEnterprise: tokenAnswers.subClaimInvalid,
			invalidEnterpriseWhilePending: tokenAnswers.subClaimInvalid,
			invalidUser: tokenAnswers.subClaimInvalid,
			pendingEnterprise: tokenAnswers.jwtAppNotAuthorized,
			pendingUser: tokenAnswers.jwtAppNotAuthorized,
			userNotAllowed: tokenAnswers.jwtUserNotAllowed,
		},
	);
	return subject.ok ? issueServerToken(context, app, subject.userId) : failure(subject.answer);
}
