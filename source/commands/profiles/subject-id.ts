import {developerSignup, findEnterpriseId} from '../../diagnosis/console-paths.js';
import {UsageError} from '../command-input.js';

export type SubjectType = 'enterprise' | 'user';

const whereToFind: Record<SubjectType, string> = {
	enterprise: `Find it in ${findEnterpriseId}.`,
	user: 'Find it in Admin Console > Users and Groups > the user > User ID, or as "id" in GET /2.0/users/me.',
};

const looksLikeUrl = /^([a-z][a-z\d+.-]*:\/\/|www\.|[\w-]+\.box\.com\b)/i;

/**
 * The enterprise or user ID typed (or read from a JWT config), checked before any request: Box
 * answers a bad one with a vague "Grant credentials are invalid" or "check the 'sub' claim".
 * `source` names where it came from, such as `--enterprise-id`.
 */
export function checkSubjectId(type: SubjectType, source: string, value: string): string {
	const id = value.trim();
	if (looksLikeUrl.test(id)) {
		throw new UsageError(
			`${source} takes the ${type} ID, a number such as 1234567, but was given a URL. ${whereToFind[type]}`,
		);
	}

	if (!/^\d+$/.test(id)) {
		throw new UsageError(
			`${source} takes the ${type} ID, a number such as 1234567; "${id}" is not one. ${whereToFind[type]}`,
		);
	}

	if (/^0+$/.test(id)) {
		throw new UsageError(
			type === 'enterprise'
				? `${source} is 0, which Box gives a free personal account: it has no enterprise, and Client Credentials Grant and JWT need one. Sign up for a free developer account (${developerSignup}) and use its enterprise ID. ${whereToFind.enterprise}`
				: `${source} is 0, which is no user's ID. ${whereToFind.user}`,
		);
	}

	return id;
}
