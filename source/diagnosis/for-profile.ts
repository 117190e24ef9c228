import type {Diagnosis} from './diagnosis.js';

/**
 * The diagnosis for one profile: the table writes `NAME` where a command takes the profile's name,
 * and a person shown the fix for their own profile should be able to run it as printed.
 */
export function forProfile(diagnosis: Diagnosis, profileName: string | undefined): Diagnosis {
	if (profileName === undefined) {
		return diagnosis;
	}

	const named = (line: string) => line.replaceAll(/\bNAME\b/g, profileName);
	return {...diagnosis, why: diagnosis.why.map(named), fix: diagnosis.fix.map(named)};
}
