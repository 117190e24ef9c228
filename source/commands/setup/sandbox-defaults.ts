import path from 'node:path';
import type {AuthType} from '../../box/auth-types.js';
import {writeFileAtomically} from '../../profiles/write-file-atomically.js';
import type {FieldName} from '../../wizard/setup-fields.js';
import type {SandboxDemo} from '../shared/add-target.js';

export type FieldDefaults = (authType: AuthType) => Partial<Record<FieldName, string>>;

/**
 * What the sandbox's console would show a newcomer, typed in for them. The interactive wizard
 * gets the app still waiting for its admin, so the whole checklist can be tried; scripts get
 * the authorized one, as `boxauth profiles add --sandbox` does.
 */
export async function sandboxDefaults(
	demo: SandboxDemo,
	configDir: string,
	interactive: boolean,
): Promise<FieldDefaults> {
	const {apps, enterprise} = demo.description;
	const app = (name: string) => apps.find((candidate) => candidate.name === name);
	const ccg = app(interactive ? 'Pending CCG App' : 'Demo CCG App') ?? app('Demo CCG App');
	const oauth = app('Demo OAuth App');
	const jwt = app('Demo JWT App');
	const limited = app('Demo Limited Access App');
	// The console downloads the JWT config as a file; the sandbox's goes where its state is.
	const jwtConfigPath = path.join(configDir, 'sandbox-jwt-config.json');
	if (jwt?.jwtConfig) {
		await writeFileAtomically(jwtConfigPath, `${JSON.stringify(jwt.jwtConfig, undefined, '\t')}\n`);
	}

	const developerToken = await demo.newDeveloperToken();
	const defaults: Record<AuthType, Partial<Record<FieldName, string>>> = {
		ccg: {
			clientId: ccg?.clientId ?? '',
			clientSecret: ccg?.clientSecret ?? '',
			subjectId: enterprise.id,
		},
		jwt: {jwtConfigPath},
		oauth: {clientId: oauth?.clientId ?? '', clientSecret: oauth?.clientSecret ?? ''},
		'developer-token': {token: developerToken},
		'app-token': {token: limited?.appToken ?? ''},
	};
	return (authType) => defaults[authType];
}
