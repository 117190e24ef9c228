import {
	checkClientId,
	checkClientSecret,
	checkPastedToken,
	checkProfileName,
	checkSubjectId,
	type FieldCheck,
} from './field-checks.js';
import type {FieldName} from './setup-fields.js';
import {namesUser, subjectIdOf, typedForm} from './typed-subject.js';

const appTokenExpiries: Record<string, string> = {
	'30': '30-days',
	'30-days': '30-days',
	'60': '60-days',
	'60-days': '60-days',
	never: 'never',
};

function checkAppTokenExpiry(value: string): FieldCheck {
	const expiry = appTokenExpiries[value.trim().toLowerCase()];
	return expiry === undefined
		? {
				ok: false,
				problem:
					'Type 30-days, 60-days or never: the expiry picked when the App Token was generated.',
			}
		: {ok: true, value: expiry};
}

function checkConfigPath(value: string): FieldCheck {
	const path = value.trim().replace(/^["']|["']$/g, '');
	return path === ''
		? {
				ok: false,
				problem: 'Type the path of the JSON config file the Developer Console downloaded.',
			}
		: {ok: true, value: path};
}

function checkSubject(value: string): FieldCheck {
	const user = namesUser(value);
	const checked = user
		? checkSubjectId('user', 'This field', subjectIdOf(value))
		: checkSubjectId('enterprise', 'This field', value);
	return checked.ok && user
		? {ok: true, value: typedForm({type: 'user', id: checked.value})}
		: checked;
}

/** The offline check of one field: a problem to show at it, or the value as it will be used. */
export function checkField(field: FieldName, value: string): FieldCheck {
	switch (field) {
		case 'profileName':
			return checkProfileName(value.trim());
		case 'clientId':
			return checkClientId(value);
		case 'clientSecret':
			return checkClientSecret(value);
		case 'jwtConfigPath':
			return checkConfigPath(value);
		case 'token':
			return checkPastedToken(value);
		case 'appTokenExpiry':
			return checkAppTokenExpiry(value);
		case 'subjectId':
			return checkSubject(value);
	}
}
