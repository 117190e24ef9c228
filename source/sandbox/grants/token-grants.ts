import {authorizationCodeGrant} from './authorization-code-grant.js';
import {clientCredentialsGrant} from './client-credentials-grant.js';
import type {GrantContext, GrantOutcome} from './grant-outcome.js';
import {jwtBearerGrant} from './jwt-bearer-grant.js';
import {refreshTokenGrant} from './refresh-token-grant.js';
import {tokenExchangeGrant} from './token-exchange-grant.js';

type Grant = (form: URLSearchParams, context: GrantContext) => GrantOutcome | Promise<GrantOutcome>;

/** Every `grant_type` that Box's `POST /oauth2/token` accepts. */
export const tokenGrants = new Map<string, Grant>([
	['authorization_code', authorizationCodeGrant],
	['refresh_token', refreshTokenGrant],
	['client_credentials', clientCredentialsGrant],
	['urn:ietf:params:oauth:grant-type:jwt-bearer', jwtBearerGrant],
	['urn:ietf:params:oauth:grant-type:token-exchange', tokenExchangeGrant],
]);
