import {authTypes} from '../../box/auth-types.js';
import {actsAs} from '../../profiles/acts-as.js';
import {openProfiles} from '../../profiles/open-profiles.js';
import type {Profile} from '../../profiles/profile.js';
import {listProfiles} from '../../profiles/profile-list.js';
import {booleanFlag, type CommandInput} from '../command-input.js';
import {printJson} from '../shared/json-output.js';
import {noProfilesYet, openingNotices, printNotices} from '../shared/print-notices.js';
import {profileJson} from '../shared/profile-json.js';

function whereOf(profile: Profile): string {
	const {apiUrl} = profile.urls;
	return profile.sandbox
		? "boxauth's sandbox"
		: URL.canParse(apiUrl)
			? new URL(apiUrl).host
			: apiUrl;
}

function table(rows: string[][]): string {
	const widths = rows[0]?.map((_, column) =>
		Math.max(...rows.map((row) => row[column]?.length ?? 0)),
	);
	return rows
		.map((row) =>
			row
				.map((cell, column) =>
					column === row.length - 1 ? cell : cell.padEnd(widths?.[column] ?? 0),
				)
				.join('  '),
		)
		.join('\n');
}

/** `boxauth profiles list`: names, auth types, who each acts as; never a secret. */
export async function listProfilesCommand(input: CommandInput): Promise<number> {
	const profiles = await openProfiles({environment: input.environment, now: input.now});
	printNotices(openingNotices(profiles), input.streams.stderr);
	const all = listProfiles(profiles.settings);
	// The one a command uses without --profile, which is what "default" means to the user.
	const chosen = profiles.choose().name;
	if (booleanFlag(input, 'json')) {
		const listed = all.map((profile) => ({
			...profileJson(profile),
			default: profile.name === chosen,
		}));
		printJson(input.streams.stdout, {defaultProfile: chosen ?? null, profiles: listed});
		return 0;
	}

	if (all.length === 0) {
		input.streams.stderr.write(`${noProfilesYet}\n`);
		return 0;
	}

	const rows = all.map((profile) => [
		profile.name === chosen ? '*' : ' ',
		profile.name,
		authTypes[profile.authType].label,
		whereOf(profile),
		actsAs(profile),
	]);
	input.streams.stdout.write(
		`${table([[' ', 'NAME', 'AUTH TYPE', 'WHERE', 'ACTS AS'], ...rows])}\n${
			chosen === undefined ? '' : '\n* is the profile used when no --profile is given.\n'
		}`,
	);
	return 0;
}
