import type {Subject} from '../../box/client-credentials.js';
import {profileNameProblem} from '../../profiles/profile-name.js';

/** What a profile is for: an app acting as someone. Two profiles for the same are one too many. */
export type ProfileUse = {clientId?: string; subject?: Subject};

export type ImportName =
	| {name: string; renamedFrom?: string}
	/** A profile of that name or its import name is already for the same app and subject. */
	| {alreadyAs: string};

const longest = 64;
const suffix = '-box-cli';

/**
 * A profile name for a Box CLI environment's, by boxauth's rules: what the rules refuse (spaces,
 * slashes, accents) becomes a dash, and the name starts with a letter or digit.
 */
export function profileNameFor(environmentName: string): string {
	const name = environmentName
		.normalize('NFKD')
		.replaceAll(/[\u0300-\u036F]/g, '')
		.replaceAll(/[^\w.-]+/g, '-')
		.replace(/^[^A-Za-z\d]+/, '')
		.slice(0, longest)
		.replace(/[.-]+$/, '');
	return profileNameProblem(name) === undefined ? name : 'box-cli';
}

const sameUse = (one: ProfileUse, other: ProfileUse) =>
	one.clientId === other.clientId &&
	one.subject?.type === other.subject?.type &&
	one.subject?.id === other.subject?.id;

/**
 * The name an environment comes in as: its own, or when a profile of another app or subject
 * has it, the first free one of NAME-box-cli, NAME-box-cli-2, and so on. An environment whose
 * app and subject a profile of those names has already is not brought in twice.
 */
export function chooseImportName(
	wanted: string,
	use: ProfileUse,
	taken: (name: string) => ProfileUse | undefined,
): ImportName {
	for (let attempt = 0; ; attempt++) {
		const ending = attempt === 0 ? '' : attempt === 1 ? suffix : `${suffix}-${attempt}`;
		const name = `${wanted.slice(0, longest - ending.length)}${ending}`;
		const holder = taken(name);
		if (holder === undefined) {
			return attempt === 0 ? {name} : {name, renamedFrom: wanted};
		}

		if (sameUse(holder, use)) {
			return {alreadyAs: name};
		}
	}
}
