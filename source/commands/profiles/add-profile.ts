import {diagnose} from '../../diagnosis/diagnose.js';
import {openProfiles} from '../../profiles/open-profiles.js';
import {findProfile} from '../../profiles/profile-list.js';
import {booleanFlag, type CommandInput, UsageError} from '../command-input.js';
import {readAddRequest} from '../shared/add-request.js';
import {openAddTarget} from '../shared/add-target.js';
import {checkCredentials} from '../shared/check-credentials.js';
import {gatherCredentials} from '../shared/credentials.js';
import {exitCode, exitCodeOf} from '../shared/exit-codes.js';
import {readStdinSecret} from '../shared/given-secrets.js';
import {keepProfile, printFailure, secretKeeper} from '../shared/keep-profile.js';
import {openingNotices, printNotices} from '../shared/print-notices.js';

/**
 * `boxauth profiles add NAME`: the credentials are tried with a real request first, and the
 * profile and its secrets are saved only when Box accepted them. Exit 3 when Box refused them (a
 * person must correct them), 4 when Box could not be asked, 1 when they could not be saved.
 */
export async function addProfile(input: CommandInput): Promise<number> {
	const request = readAddRequest(input);
	const {now} = input;
	const profiles = await openProfiles({environment: input.environment, now});
	printNotices(openingNotices(profiles), input.streams.stderr);
	if (findProfile(profiles.settings, request.name)) {
		throw new UsageError(
			`A profile named ${request.name} exists already: choose another name, or remove it first with boxauth profiles remove ${request.name}.`,
		);
	}

	const stdin = await readStdinSecret(request, input.streams.stdin);
	const target = await openAddTarget(request, profiles.configDir, input);
	const keeper = secretKeeper(profiles.secrets, request.name);
	try {
		const credentials = await gatherCredentials(
			{request, stdin, environment: input.environment},
			target.sandbox,
		);
		const checked = await checkCredentials(target.connection, credentials, {
			now,
			keepRefreshToken: (token) => keeper.keep('refresh-token', token),
		});
		if (!checked.ok) {
			printFailure(checked.failure, input.streams.stderr);
			input.streams.stderr.write('Nothing was saved.\n');
			return exitCodeOf(diagnose(checked.failure));
		}

		// OAuth has spent the refresh token given, and only the profile holds the new one: it is
		// saved even when users/me then fails. The other kinds can simply be added again.
		if (checked.value.identityFailure && credentials.authType !== 'oauth') {
			printFailure(checked.value.identityFailure, input.streams.stderr);
			input.streams.stderr.write(
				'Box issued a token, but users/me failed with it, so nothing was saved.\n',
			);
			return exitCodeOf(diagnose(checked.value.identityFailure));
		}

		return await keepProfile(
			profiles,
			keeper,
			{request, credentials, checked: checked.value, urls: target.urls},
			input,
			booleanFlag(input, 'json'),
		);
	} catch (error) {
		if (error instanceof UsageError) {
			throw error;
		}

		// Such as a keychain that refuses a secret. Half-kept secrets of a profile that was never
		// saved would only confuse later runs.
		await profiles.secrets.deleteAll(request.name).catch(() => undefined);
		input.streams.stderr.write(`Nothing was saved: ${(error as Error).message}\n`);
		return exitCode.failure;
	} finally {
		await target.close();
	}
}
