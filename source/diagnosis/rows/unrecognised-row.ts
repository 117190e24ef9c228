import {authenticationMethod, tokenUrl} from '../../box/console-paths.js';
import type {Failure} from '../../box/failure.js';
import type {DiagnosisRow} from '../diagnosis-row.js';
import {hideSecrets} from '../hide-secrets.js';

const summary = (failure: Failure) => {
	const parts = [
		failure.status?.toString(),
		failure.error,
		failure.description === undefined ? undefined : `"${failure.description}"`,
	].filter((part) => part !== undefined);
	return parts.length === 0 ? '' : `: ${hideSecrets(parts.join(' '))}`;
};

/** What every failure that no row recognises gets: general next steps. */
export const unrecognisedRow: DiagnosisRow = {
	id: 'unrecognised',
	seen: 'Anything else',
	match: [],
	what: (failure) => `boxauth has no rule for this failure${summary(failure)}.`,
	why: [
		'The request went to an unexpected URL',
		"The request uses another auth type than the app's",
		'A failure boxauth does not know yet',
	],
	fix: [
		`Check the URL: tokens come from \`POST ${tokenUrl}\`, API calls go to \`https://api.box.com/2.0/…\``,
		`Check the auth type matches the app: ${authenticationMethod}`,
		'Run `boxauth doctor` to check every step',
	],
	docs: 'https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/',
};
