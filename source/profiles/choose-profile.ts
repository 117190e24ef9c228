import type {Environment} from './config-folder.js';

export type ProfileChoice =
	| {name: string; problem?: undefined}
	| {name?: undefined; problem: string};

/**
 * Which profile a command works on: `--profile`, else BOXAUTH_PROFILE, else the only profile,
 * else the default one. A name that matches no profile is a problem, never a silent fallback.
 */
export function chooseProfileName({
	flag,
	environment,
	stored,
}: {
	flag?: string | undefined;
	environment: Environment;
	stored: {names: readonly string[]; defaultProfile?: string | undefined};
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

	const fromEnvironment = environment['BOXAUTH_PROFILE'];
	if (fromEnvironment !== undefined && fromEnvironment !== '') {
		return names.includes(fromEnvironment)
			? {name: fromEnvironment}
			: missing(fromEnvironment, 'BOXAUTH_PROFILE is set, but there is ');
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
