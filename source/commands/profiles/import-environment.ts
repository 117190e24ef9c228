import type {Profiles} from '../../profiles/open-profiles.js';
import type {CommandInput} from '../command-input.js';
import type {AddTarget} from '../shared/add-target.js';
import {checkCredentials} from '../shared/check-credentials.js';
import {printFailure, secretKeeper, storeProfile} from '../shared/keep-profile.js';
import {printNotices} from '../shared/print-notices.js';
import type {ServerCredentials} from './box-cli-credentials.js';
import type {ImportRequest} from './import-request.js';

/** One Box CLI environment on its way in, under the profile name it gets. */
export type ImportItem = {environmentName: string; name: string; credentials: ServerCredentials};

/**
 * Tries one environment's credentials with a real request, as `boxauth profiles add` does, and
 * saves the profile only when Box accepted them. Says what happened; returns whether it was saved.
 */
export async function importEnvironment(
	profiles: Profiles,
	target: AddTarget,
	request: ImportRequest,
	item: ImportItem,
	{now, streams}: Pick<CommandInput, 'now' | 'streams'>,
): Promise<boolean> {
	const {environmentName, name, credentials} = item;
	const notImported = `Box CLI's "${environmentName}" was not imported`;
	const keeper = secretKeeper(profiles.secrets, name);
	try {
		const checked = await checkCredentials(target.connection, credentials, {
			now,
			keepRefreshToken: (token) => keeper.keep('refresh-token', token),
		});
		if (!checked.ok) {
			streams.stderr.write(`${notImported}: Box did not give it a token.\n`);
			printFailure(checked.failure, streams.stderr);
			return false;
		}

		if (checked.value.identityFailure) {
			streams.stderr.write(`${notImported}: Box issued a token, but users/me failed with it.\n`);
			printFailure(checked.value.identityFailure, streams.stderr);
			return false;
		}

		const stored = await storeProfile(
			profiles,
			keeper,
			{
				request: {
					name,
					authType: credentials.authType,
					sandbox: request.sandbox,
					...(request.baseUrl === undefined ? {} : {baseUrl: request.baseUrl}),
				},
				credentials,
				checked: checked.value,
				urls: target.urls,
			},
			now,
			'boxauth profiles import --from-box-cli',
		);
		if (!stored.ok) {
			streams.stderr.write(`${notImported}: ${stored.problem}\n`);
			return false;
		}

		if (!request.json) {
			streams.stdout.write(`${stored.line}\n`);
		}

		printNotices(stored.warnings, streams.stderr);
		return true;
	} catch (error) {
		// Such as a keychain that refuses a secret: half-kept secrets of a profile never saved would
		// only confuse later runs.
		await profiles.secrets.deleteAll(name).catch(() => undefined);
		streams.stderr.write(`${notImported}: ${(error as Error).message}\n`);
		return false;
	}
}
