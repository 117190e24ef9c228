import {createPublicKey} from 'node:crypto';
import {compactVerify, decodeProtectedHeader, type JWTPayload, errors as joseErrors} from 'jose';
import {findApp} from '../find-app.js';
import type {PublicKey, SandboxApp} from '../sandbox-state.js';
import {tokenErrors} from '../token-errors.js';
import {failure, type GrantContext, type GrantOutcome} from './grant-outcome.js';
import {serverAppToken} from './server-app-token.js';

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

function forgetExpiredJtis(jtis: Record<string, number>, now: number): void {
	for (const [jti, forgetAt] of Object.entries(jtis)) {
		if (forgetAt < now) {
			delete jtis[jti];
		}
	}
}

export async function jwtBearerGrant(
	form: URLSearchParams,
	context: GrantContext,
): Promise<GrantOutcome> {
	const {state, now} = context;
	const app = findApp(state, form.get('client_id'));
	if (!app || form.get('client_secret') !== app.clientSecret) {
		return failure(tokenErrors.invalidClient);
	}

	if (app.authType !== 'jwt') {
		return failure(tokenErrors.grantTypeNotForApp);
	}

	const assertion = form.get('assertion') ?? '';
	let header: ReturnType<typeof decodeProtectedHeader>;
	try {
		header = decodeProtectedHeader(assertion);
	} catch {
		return failure(tokenErrors.assertionMalformed);
	}

	if (typeof header.alg !== 'string' || !allowedAlgorithms.has(header.alg)) {
		return failure(tokenErrors.algorithmNotAllowed);
	}

	const keys = candidateKeys(app, header.kid);
	if (!keys) {
		return failure(tokenErrors.kidInvalid);
	}

	const claims = await verifiedPayload(assertion, header.alg, keys);
	if (!claims) {
		return failure(tokenErrors.signatureInvalid);
	}

	if (claims.iss !== app.clientId) {
		return failure(tokenErrors.issClaim);
	}

	const audience = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
	if (!audience.includes(jwtAudience)) {
		return failure(tokenErrors.audClaim);
	}

	const nowSeconds = Math.floor(now / 1000);
	if (typeof claims.exp !== 'number' || !Number.isInteger(claims.exp)) {
		return failure(tokenErrors.expNotInteger);
	}

	if (claims.exp <= nowSeconds) {
		return failure(tokenErrors.expPassed);
	}

	if (claims.exp > nowSeconds + maximumExpirySeconds) {
		return failure(tokenErrors.expTooFar);
	}

	const notBefore = Math.max(Number(claims.iat ?? 0), Number(claims.nbf ?? 0));
	if (notBefore > nowSeconds) {
		return failure(tokenErrors.notBeforeFuture);
	}

	forgetExpiredJtis(state.usedJtis, now);
	const {jti} = claims;
	if (typeof jti !== 'string' || jti.length < 16 || jti.length > 128 || jti in state.usedJtis) {
		return failure(tokenErrors.jtiClaim);
	}

	state.usedJtis[jti] = claims.exp * 1000;

	if (typeof claims.sub !== 'string') {
		return failure(tokenErrors.subClaimShort);
	}

	const subjectType = claims['box_sub_type'];
	if (subjectType !== 'enterprise' && subjectType !== 'user') {
		return failure(tokenErrors.boxSubTypeClaim);
	}

	return serverAppToken(
		context,
		app,
		{type: subjectType, id: claims.sub},
		{
			invalidSubject: tokenErrors.subClaimInvalid,
			userNotAllowed: tokenErrors.userTokenNotAllowed,
		},
	);
}
