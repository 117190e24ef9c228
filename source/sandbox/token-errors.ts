// Box's token endpoint errors, word for word as users have captured them (box-auth-reference.md
// sections 2 and 4.1). Where Box's wording is not known, the text is our best guess and says so.

export type TokenError = {error: string; description: string};

const error = (code: string, description: string): TokenError => ({error: code, description});

export const tokenErrors = {
	missingGrantType: error('invalid_request', 'Invalid grant_type parameter or parameter missing'),
	grantTypeNotForApp: error('invalid_request', 'The grant type is unauthorized for this client_id'),
	userTokenNotAllowed: error(
		'invalid_request',
		'Cannot obtain user token based on the enterprise configuration for your app',
	),
	invalidClient: error('invalid_client', 'The client credentials are invalid'),
	appNotAuthorized: error(
		'unauthorized_client',
		'This app is not authorized by the enterprise admin',
	),
	subjectTypeUnauthorized: error(
		'unauthorized_client',
		'The "box_subject_type" value is unauthorized for this client_id',
	),
	grantCredentialsInvalid: error('invalid_grant', 'Grant credentials are invalid'),
	authCodeExpired: error('invalid_grant', 'The authorization code has expired'),
	authCodeUnknown: error('invalid_grant', "Auth code doesn't exist or is invalid for the client"),
	// Not captured from Box: RFC 7636 leaves the text to the server.
	codeVerifierInvalid: error('invalid_grant', 'The code_verifier is invalid'),
	// Not captured from Box: the redirect_uri given at exchange differs from the authorize request.
	redirectUriMismatch: error('invalid_grant', 'The redirect_uri does not match'),
	refreshTokenUnknown: error('invalid_grant', 'Invalid refresh token'),
	refreshTokenExpired: error('invalid_grant', 'Refresh token has expired'),
	insufficientScope: error(
		'insufficient_scope',
		'Insufficient permissions for the requested scope.',
	),
	invalidResource: error('invalid_resource', 'The target resource is invalid.'),
	// Not captured from Box: a token exchange without a usable subject_token.
	subjectTokenInvalid: error('invalid_grant', 'The subject_token is invalid'),
	// Not captured from Box: an assertion that is not a JWS at all.
	assertionMalformed: error('invalid_grant', 'Please check the assertion. It is not a valid JWT.'),
	algorithmNotAllowed: error('invalid_grant', 'Algorithm not allowed'),
	kidInvalid: error('invalid_grant', '"kid" invalid, unable to lookup correct key'),
	signatureInvalid: error(
		'invalid_grant',
		'Signature verification error. The public key identified by "kid" must correspond to the private key used for signing.',
	),
	issClaim: error('invalid_grant', "Please check the 'iss' claim."),
	// Not captured from Box: follows the pattern of the other claim errors.
	audClaim: error('invalid_grant', "Please check the 'aud' claim."),
	expNotInteger: error('invalid_grant', "Please check the 'exp' claim. Should be an integer"),
	expPassed: error(
		'invalid_grant',
		"Current date/time MUST be before the expiration date/time listed in the 'exp' claim",
	),
	expTooFar: error(
		'invalid_grant',
		"Please check the 'exp' claim. The 'exp' value exceeds the maximum value of 60 seconds beyond the issue time.",
	),
	notBeforeFuture: error(
		'invalid_grant',
		"Current date/time MUST be after or equal to the not-before date/time  listed in the 'nbf' or 'iat' claim",
	),
	jtiClaim: error(
		'invalid_grant',
		"Please check the 'jti' claim. A unique 'jti' value is required.",
	),
	subClaimShort: error('invalid_grant', "Please check the 'sub' claim."),
	subClaimInvalid: error(
		'invalid_grant',
		"Please check the 'sub' claim. The 'sub' specified is invalid.",
	),
	// Not captured from Box: follows the pattern of the other claim errors.
	boxSubTypeClaim: error('invalid_grant', "Please check the 'box_sub_type' claim."),
} as const;
