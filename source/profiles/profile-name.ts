// Names are typed on command lines, shown in tables and used in keychain accounts
// (`<profile>/<secret>`) and lock file names, so they stay plain.
const allowed = /^[A-Za-z\d][\w.-]{0,63}$/;

/** What is wrong with a new profile's name, as a message for the user; undefined when nothing. */
export function profileNameProblem(name: string): string | undefined {
	return allowed.test(name)
		? undefined
		: `"${name}" can't be a profile name: use up to 64 letters, digits, dots, dashes and underscores, starting with a letter or digit`;
}
