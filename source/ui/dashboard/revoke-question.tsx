import {Text} from 'ink';
import {authTypes} from '../../box/auth-types.js';
import type {Profile} from '../../profiles/profile.js';

/** Asked before revoking: it cannot be undone, and scripts using the token stop working. */
export function RevokeQuestion({profile}: {readonly profile: Profile}) {
	const what =
		authTypes[profile.authType].renewal.kind === 'refresh-token'
			? 'its access and refresh tokens stop working, and only a new login gets new ones'
			: 'its token stops working at once for every script that uses it';
	return (
		<Text bold>
			Revoke {profile.name}'s tokens at Box? {what}. y revokes, n keeps them.
		</Text>
	);
}
