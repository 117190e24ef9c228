import type {Environment} from './config-folder.js';

export type ProfileChoice =
	| {name: string; problem?: undefined}
	| {name?: undefined; problem: string};

/**
 * Which profile a command works on: `--profile`, else BOXAUTH_PROFILE, else the profile from the
 * environment (BOXAUTH_AUTH_TYPE, which, as GH_TOKEN does for gh, comes before what is saved),
 * else the only profile, else the default one. A name that matches no profile is a problem, and
 * so is a profile from the environment that cannot be used: never a silent fallback.
 */
export function chooseProfileName({
	flag,
	environment,
	stored,
	fromEnvironment,
}: {
	flag?: string | undefined;
	environment: Environment;
	/** Every profile's name, the one from the environment's among them. */
	stored: {names: readonly string[]; defaultProfile?: string | undefined};
	/** BOXAUTH_AUTH_TYPE is set: the profile it makes, or why it makes none. */
	fromEnvironment?: {name: string} | {problem: string};
}): ProfileChoice {
	const {names, defaultProfile} = stored;
	const missing = (name: string, source: string) => ({
		problem:
			names.length === 0
				? `${source}no profile named ${name}: there are no profiles yet; boxauth setup makes one`
				: `${source}no profile named ${name}; boxauth profiles list shows them`,
	});

	if (flag !== undefined && flag !== '') {
		return names.includes(flag) ? {name: flag} : missing(flag, '');
	}

	const named = environment['BOXAUTH_PROFILE'];
	if (named !== undefined && named !== '') {
		return names.includes(named)
			? {name: named}
			: missing(named, 'BOXAUTH_PROFILE is set, but there is ');
	}

	if (fromEnvironment !== undefined) {
		return 'name' in fromEnvironment ? {name: fromEnvironment.name} : fromEnvironment;
	}

	const [only] = names;
	if (only !== undefined && names.length === 1) {
		return {name: only};
	}

	if (defaultProfile !== undefined && names.includes(defaultProfile)) {
		return {name: defaultProfile};
	}

	return {
		problem:
			names.length === 0
				? 'there are no profiles yet; boxauth setup makes one'
				: 'several profiles and no default: pass --profile NAME (or set BOXAUTH_PROFILE)',
	};
}
