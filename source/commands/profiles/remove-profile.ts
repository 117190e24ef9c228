import {secretVariables} from '../../profiles/environment-secrets.js';
import {openProfiles} from '../../profiles/open-profiles.js';
import {findProfile} from '../../profiles/profile-list.js';
import {withRefreshLock} from '../../tokens/refresh-lock.js';
import {forgetPendingRenewals} from '../../tokens/renewal-journal.js';
import {booleanFlag, type CommandInput} from '../command-input.js';
import {refuseEnvironmentProfile} from '../shared/environment-profile-refusal.js';
import {camelCaseKeys, printJson} from '../shared/json-output.js';
import {openingNotices, printNotices} from '../shared/print-notices.js';
import {secretPlaceWords} from '../shared/secret-words.js';
import {profileNameOf} from './action-input.js';

/** `boxauth profiles remove NAME`: its secrets first, so that none outlives its profile. */
export async function removeProfileCommand(input: CommandInput): Promise<number> {
	const name = profileNameOf(input, 'remove');
	const profiles = await openProfiles({environment: input.environment, now: input.now});
	printNotices(openingNotices(profiles), input.streams.stderr);
	refuseEnvironmentProfile(profiles, name, 'remove');
	const profile = findProfile(profiles.settings, name);
	if (!profile) {
		input.streams.stderr.write(`No profile named ${name}; boxauth profiles list shows them.\n`);
		return 1;
	}

	const places = await profiles.secrets.where(name);
	// Under the profile's refresh lock: a renewal under way would otherwise save its new tokens,
	// and the profile with them, after they were removed.
	const removed = await withRefreshLock(profiles.configDir, name, async () => {
		try {
			await profiles.secrets.deleteAll(name);
		} catch (error) {
			return {keychain: (error as Error).message};
		}

		await forgetPendingRenewals(profiles.configDir, name);
		return (await profiles.settingsStore()).remove(name);
	});
	if ('keychain' in removed) {
		input.streams.stderr.write(
			`Nothing was removed: ${removed.keychain}. Unlock the keychain and run this again.\n`,
		);
		return 1;
	}

	printNotices(profiles.secrets.takeNotices(), input.streams.stderr);
	if (removed.problem !== undefined) {
		input.streams.stderr.write(
			`Its secrets are deleted, but its settings could not be: ${removed.problem}.\n`,
		);
		return 1;
	}

	const kept = Object.entries(places).filter(([, place]) => place !== 'environment');
	const fromEnvironment = Object.entries(places).flatMap(([secret, place]) =>
		place === 'environment' ? [secretVariables[secret as keyof typeof secretVariables]] : [],
	);
	const tokensLive = Boolean(profile.tokens.access || profile.tokens.refresh);
	if (booleanFlag(input, 'json')) {
		printJson(input.streams.stdout, {
			removed: name,
			deletedSecrets: camelCaseKeys(Object.fromEntries(kept)),
			environmentVariables: fromEnvironment,
			issuedTokensStillWork: tokensLive,
		});
		return 0;
	}

	const lines = [
		`Removed profile ${name}: its settings${
			kept.length > 0
				? ` and its secrets (${secretPlaceWords(Object.fromEntries(kept), profiles.secrets.shownFilePath)})`
				: ''
		} are deleted.`,
		fromEnvironment.length > 0
			? `${fromEnvironment.join(' and ')} ${fromEnvironment.length === 1 ? 'stays' : 'stay'} set in your environment: boxauth never stores what it reads there.`
			: undefined,
		tokensLive
			? 'Tokens already issued to it keep working until they expire (boxauth revoke, run before removing a profile, ends them at once).'
			: undefined,
	];
	input.streams.stdout.write(`${lines.filter(Boolean).join('\n')}\n`);
	return 0;
}
