import {authenticationMethod, tokenUrl} from '../../box/console-paths.js';
import type {Failure} from '../../box/failure.js';
import {maskQuoted} from '../../box/mask-secrets.js';
import type {DiagnosisRow} from '../diagnosis-row.js';

const summary = (failure: Failure) => {
	const parts = [
		failure.status?.toString(),
		failure.error,
		failure.description === undefined ? undefined : `"${failure.description}"`,
	].filter((part) => part !== undefined);
	return parts.length === 0 ? '' : `: ${maskQuoted(parts.join(' '))}`;
};

const ownFinding = (failure: Failure) => failure.context?.ownFinding === true;

/**
 * What every failure that no row recognises gets: general next steps; or, for what boxauth found
 * itself without Box, its own words, which say what to do.
 */
export const unrecognisedRow: DiagnosisRow = {
	id: 'unrecognised',
	seen: 'Anything else',
	match: [],
	what: (failure) =>
		ownFinding(failure)
			? maskQuoted(failure.text ?? '')
			: `boxauth has no rule for this failure${summary(failure)}.`,
	why: (failure) =>
		ownFinding(failure)
			? []
			: [
					'The request went to an unexpected URL',
					"The request uses another auth type than the app's",
					'A failure boxauth does not know yet',
				],
	fix: (failure) =>
		ownFinding(failure)
			? []
			: [
					`Check the URL: tokens come from \`POST ${tokenUrl}\`, API calls go to \`https://api.box.com/2.0/…\``,
					`Check the auth type matches the app: ${authenticationMethod}`,
					'Run `boxauth doctor` to check every step',
				],
	docs: 'https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/',
	// Only boxauth's own finding can say what ends it; a failure no row knows cannot.
	remedy: (failure) => (ownFinding(failure) ? failure.context?.remedy : undefined),
};
