import type {Failure} from '../../box/failure.js';
import type {DiagnosisRow} from '../diagnosis-row.js';

// What an older Box SDK says in place of Box's answer, when the paste holds nothing more.

// box-node-sdk before 10 reported every 400 from the token endpoint, JWT assertion errors
// included, as this one message (box/box-node-sdk#109, #167). Later versions put Box's status and
// words after it (`[400 Bad Request] invalid_grant - …`), and those are read instead; with a 401
// it means an access token refused on an API call.
const expiredAuth = /expired auth: auth code or refresh token has expired/;

const boxSaidNothingMore = (failure: Failure) =>
	failure.error === undefined && failure.status !== 401;

export const legacySdkRows: readonly DiagnosisRow[] = [
	{
		id: 'legacy-node-sdk-expired-auth',
		seen: '`Expired Auth: Auth code or refresh token has expired.` (box-node-sdk before 10)',
		match: [{description: expiredAuth, when: boxSaidNothingMore}],
		what: "The token request failed, but this message does not say why: box-node-sdk before version 10 says it for every 400 from Box's token endpoint, whatever Box answered.",
		why: [
			"A JWT assertion Box refused: this machine's clock is off, or the key ID, private key or passphrase is wrong (box/box-node-sdk#109, #167)",
			'The app is not authorized by the enterprise admin, or its client ID or secret is wrong',
			'An OAuth 2.0 refresh token used once already or older than 60 days, or an authorization code older than 30 seconds',
		],
		fix: [
			"Print Box's own answer, which the error carries: `console.log(err.response && err.response.body)`, then paste that into `boxauth explain`",
			'Or run `boxauth doctor --profile NAME`: it makes the token request itself and explains what Box says',
			"Upgrading helps: box-node-sdk 10 puts Box's error and description in its message",
		],
		docs: 'https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/',
	},
];
