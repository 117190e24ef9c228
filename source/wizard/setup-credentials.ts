import type {AppTokenExpiry} from '../profiles/held-token.js';
import {typedSubject} from './typed-subject.js';
import type {SetupCredentials, WizardState} from './wizard-state.js';

/**
 * The token request the typed values make. Called only once the fields of the auth type have
 * passed their checks, so what is missing here is a bug, not the user's input.
 */
export function credentialsOf(state: WizardState): SetupCredentials {
	const {values} = state;
	const subject = typedSubject(values.subjectId);
	switch (state.authType) {
		case 'ccg': {
			if (!subject) {
				throw new Error('a CCG token request needs the enterprise or user ID first');
			}

			return {
				authType: 'ccg',
				clientId: values.clientId.trim(),
				clientSecret: values.clientSecret.trim(),
				subject,
			};
		}

		case 'jwt':
			return {
				authType: 'jwt',
				jwtConfigPath: values.jwtConfigPath.trim(),
				...(subject ? {subject} : {}),
			};
		case 'developer-token':
			return {authType: 'developer-token', token: values.token};
		case 'app-token':
			return {
				authType: 'app-token',
				token: values.token,
				expiry: values.appTokenExpiry as AppTokenExpiry,
			};
		default:
			throw new Error(`no token request is made for ${state.authType ?? 'no auth type'}`);
	}
}
