import type {AuthType} from './auth-types.js';
import {boxCall} from './box-call.js';
import type {BoxConnection, BoxResult} from './box-connection.js';

/** Who a token acts as: a person, or an app's service account. */
export type CurrentUser = {
	id: string;
	name: string;
	login: string;
	enterprise: {id: string; name: string} | null;
	isServiceAccount: boolean;
};

type UserBody = {
	id?: unknown;
	name?: unknown;
	login?: unknown;
	enterprise?: {id?: unknown; name?: unknown} | null;
};

/** `GET /2.0/users/me`, asking for `enterprise` by name (it is not in the default fields). */
export async function getCurrentUser(
	connection: BoxConnection,
	accessToken: string,
	authType?: AuthType,
	signal?: AbortSignal,
): Promise<BoxResult<CurrentUser>> {
	return boxCall(
		connection,
		{
			method: 'GET',
			url: `${connection.urls.apiUrl}/2.0/users/me?fields=id,name,login,enterprise`,
			headers: {authorization: `Bearer ${accessToken}`},
			...(signal ? {signal} : {}),
		},
		authType ? {authType} : {},
		(response) => {
			const body = JSON.parse(response.text) as UserBody;
			if (typeof body.id !== 'string' || typeof body.login !== 'string') {
				throw new TypeError('users/me answered without id and login');
			}

			const enterprise = body.enterprise;
			return {
				id: body.id,
				name: typeof body.name === 'string' ? body.name : '',
				login: body.login,
				enterprise:
					enterprise && typeof enterprise.id === 'string'
						? {id: enterprise.id, name: typeof enterprise.name === 'string' ? enterprise.name : ''}
						: null,
				isServiceAccount: /^AutomationUser_\d+_\w+@boxdevedition\.com$/.test(body.login),
			};
		},
	);
}
