import type {DiagnosisRow} from './diagnosis-row.js';
import {apiRows} from './rows/api-rows.js';
import {appSetupRows} from './rows/app-setup-rows.js';
import {downscopeRows} from './rows/downscope-rows.js';
import {jwtRows} from './rows/jwt-rows.js';
import {legacySdkRows} from './rows/legacy-sdk-rows.js';
import {oauthRows} from './rows/oauth-rows.js';
import {tokenUrlRows} from './rows/token-url-rows.js';
import {transportRows} from './rows/transport-rows.js';
import {unrecognisedRow} from './rows/unrecognised-row.js';

/**
 * Every failure boxauth recognises, most specific first: the first row that matches wins. No
 * answer beats any answer, so transport problems come first; then where the request went;
 * then the token endpoint's answers; then `/2.0` answers, whose bare status rows (401, 404)
 * would swallow anything more specific placed after them.
 */
export const diagnosisTable: readonly DiagnosisRow[] = [
	...transportRows,
	...tokenUrlRows,
	...downscopeRows,
	...appSetupRows,
	...oauthRows,
	...jwtRows,
	...legacySdkRows,
	...apiRows,
];

export {unrecognisedRow};
