import type {AuthType} from '../box/failure.js';

export type RenewalMeans =
	| {kind: 'refresh-token'}
	| {kind: 'new-grant'}
	/** Cannot be renewed by boxauth: the person must make a new one in the Developer Console. */
	| {kind: 'none'; why: string};

/** How a profile's access token is renewed: OAuth spends its refresh token, servers ask again. */
export function renewalMeans(authType: AuthType): RenewalMeans {
	switch (authType) {
		case 'oauth': {
			return {kind: 'refresh-token'};
		}

		case 'ccg':
		case 'jwt': {
			return {kind: 'new-grant'};
		}

		case 'developer-token': {
			return {
				kind: 'none',
				why: 'A developer token lasts 60 minutes and cannot be refreshed: generate a new one in the Developer Console (your app > Configuration > Developer Token).',
			};
		}

		case 'app-token': {
			return {
				kind: 'none',
				why: 'An App Token is renewed in the Developer Console (your app > Configuration > App Tokens): generate a secondary token, switch to it, then revoke the primary.',
			};
		}
	}
}
