// The token request's form, when a paste shows it: a curl command (`-d grant_type=…`), box_sdk_gen's
// and box-node-sdk 10's printout of the request body (box/box-python-sdk-gen#220), a Python dict
// (`data={'grant_type': …}`), or httr's verbose log with the form URL-encoded. Some answers mean
// one thing for one grant and another for the next: `insufficient_scope` from a Client
// Credentials Grant app is an app waiting for its admin.

import type {Failure, FailureContext} from '../../box/failure.js';

/** The first value given to a form field: `name=value`, `"name": "value"` or `'name': 'value'`. */
function field(text: string, name: string): string | undefined {
	// The quotes may be escaped, for a form logged inside a JSON string.
	const value = new RegExp(
		`(?<![\\w-])${name}(?:\\\\?["'])?\\s*[=:]\\s*(?:\\\\?["'])?([\\w:.%-]+)`,
		'i',
	).exec(text)?.[1];
	try {
		return value === undefined ? undefined : decodeURIComponent(value);
	} catch {
		return value;
	}
}

const isSubjectType = (value: string | undefined): value is 'enterprise' | 'user' =>
	value === 'enterprise' || value === 'user';

/** The grant and the Client Credentials Grant subject that the pasted request names. */
export function readFormFields(text: string): Failure {
	const grantType = field(text, 'grant_type');
	const subjectType = field(text, 'box_subject_type')?.toLowerCase();
	const subjectId = field(text, 'box_subject_id');
	const context: FailureContext = {
		...(grantType ? {grantType} : {}),
		...(isSubjectType(subjectType) ? {subjectType} : {}),
		...(subjectId && /^\d+$/.test(subjectId) ? {subjectId} : {}),
	};
	return Object.keys(context).length > 0 ? {context} : {};
}
