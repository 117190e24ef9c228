import {randomBytes, randomInt} from 'node:crypto';
import {SignJWT} from 'jose';
import type {BoxConnection, BoxResult} from './box-connection.js';
import type {Subject} from './client-credentials.js';
import {decryptPrivateKey, type JwtConfig} from './jwt-config.js';
import {type IssuedToken, requestToken} from './token-request.js';

/** Box wants this audience whatever host the request goes to. */
const audience = 'https://api.box.com/oauth2/token';

/**
 * JWT: an assertion signed with the app's private key. `exp` 30 to 45 s ahead (Box allows at
 * most 60), a fresh `jti` every time, and `kid` so that Box picks the right key.
 */
export async function jwtToken(
	connection: BoxConnection,
	config: JwtConfig,
	subject: Subject,
	options: {clockOffsetSeconds?: number; signal?: AbortSignal} = {},
): Promise<BoxResult<IssuedToken>> {
	const context = {
		authType: 'jwt' as const,
		subjectType: subject.type,
		subjectId: subject.id,
		...(options.clockOffsetSeconds === undefined
			? {}
			: {clockOffsetSeconds: options.clockOffsetSeconds}),
	};
	const key = decryptPrivateKey(config);
	if (!key.ok) {
		return {ok: false, failure: {text: key.problem, context}};
	}

	const issuedAt = Math.floor(connection.now() / 1000);
	const assertion = await new SignJWT({box_sub_type: subject.type})
		.setProtectedHeader({alg: 'RS256', typ: 'JWT', kid: config.publicKeyId})
		.setIssuer(config.clientId)
		.setSubject(subject.id)
		.setAudience(audience)
		.setJti(randomBytes(24).toString('base64url'))
		.setIssuedAt(issuedAt)
		.setExpirationTime(issuedAt + randomInt(30, 46))
		.sign(key.key);
	return requestToken(
		connection,
		{
			grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
			assertion,
			client_id: config.clientId,
			client_secret: config.clientSecret,
		},
		context,
		options.signal,
	);
}
