// The JSON config files of the Developer Console (JWT) and of Box CLI (CCG, written by hand) share
// one shape: `boxAppSettings.clientID` and `clientSecret`, and an optional `enterpriseID`. Both
// are read here, so that a bad file gets the same words whichever auth type it is for.

/** Where a good file comes from, said after what is wrong with this one. */
export type ConfigAdvice = {notJson: string; missingField: string};

export type ConfigFields =
	| {ok: true; field(path: readonly string[]): string; enterpriseId?: string; userId?: string}
	| {ok: false; problem: string};

function fieldAt(value: unknown, path: readonly string[]): unknown {
	let current = value;
	for (const key of path) {
		current =
			typeof current === 'object' && current !== null
				? (current as Record<string, unknown>)[key]
				: undefined;
	}

	return current;
}

/**
 * Reads a config's JSON, naming the first of the `required` fields that is missing or not a
 * string. Checked offline, before any request, so that a bad file is reported as a bad file.
 */
export function readConfigFields(
	text: string,
	required: ReadonlyArray<readonly string[]>,
	advice: ConfigAdvice,
): ConfigFields {
	let input: unknown;
	try {
		// Windows editors save UTF-8 with a byte order mark, which JSON.parse refuses.
		input = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return {ok: false, problem: `The file is not JSON. ${advice.notJson}`};
	}

	for (const path of required) {
		if (typeof fieldAt(input, path) !== 'string' || fieldAt(input, path) === '') {
			return {
				ok: false,
				problem: `The config has no "${path.join('.')}" (a string). ${advice.missingField}`,
			};
		}
	}

	const enterpriseId = fieldAt(input, ['enterpriseID']);
	const userId = fieldAt(input, ['userID']);
	if (enterpriseId !== undefined && typeof enterpriseId !== 'string') {
		return {
			ok: false,
			problem: 'The config\'s "enterpriseID" must be a string, such as "1234567".',
		};
	}

	return {
		ok: true,
		field: (path) => fieldAt(input, path) as string,
		...(typeof enterpriseId === 'string' ? {enterpriseId} : {}),
		...(typeof userId === 'string' ? {userId} : {}),
	};
}
