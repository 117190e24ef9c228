import {authTypes} from '../../box/auth-types.js';
import {realBoxUrls} from '../../box/box-urls.js';
import type {Profile} from '../../profiles/profile.js';
import {typedForm} from '../../wizard/typed-subject.js';
import {UsageError} from '../command-input.js';
import type {SetupRequest} from './setup-request.js';

/**
 * Setting up a profile that exists is logging in to it again: its auth type, its Box, its app and
 * whom it acts as stay as they were (a flag given wins), and the wizard asks only for what a new
 * login needs: a sign-in, a token pasted again, a secret or config file.
 */
export function loginRequest(request: SetupRequest, profile: Profile): SetupRequest {
	if (request.authType !== undefined && request.authType !== profile.authType) {
		throw new UsageError(
			`The profile ${profile.name} is a ${authTypes[profile.authType].label} profile; to make it another kind, remove it first: boxauth profiles remove ${profile.name}.`,
		);
	}

	const kept = {
		...(profile.clientId === undefined ? {} : {clientId: profile.clientId}),
		...(profile.subject === undefined ? {} : {subjectId: typedForm(profile.subject)}),
		...(profile.appTokenExpiry === undefined ? {} : {appTokenExpiry: profile.appTokenExpiry}),
	};
	const ownServer = !profile.sandbox && profile.urls.apiUrl !== realBoxUrls.apiUrl;
	return {
		...request,
		authType: profile.authType,
		sandbox: profile.sandbox,
		...(request.baseUrl === undefined && ownServer ? {baseUrl: profile.urls.apiUrl} : {}),
		values: {...kept, ...request.values},
	};
}
