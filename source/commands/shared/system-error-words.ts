import {systemErrorReason} from '../../profiles/system-error-reason.js';

// What the machine refused, in words, for the errors a person can cause or meet: a full disk, a
// read-only folder, a busy profile. Anything else is a bug and keeps its stack trace.

/** The error as one line for a person, or undefined for one that is a bug. */
export function systemErrorWords(error: unknown): string | undefined {
	if (!(error instanceof Error)) {
		return undefined;
	}

	const {code, path} = error as NodeJS.ErrnoException;
	if (code === 'ELOCKED') {
		return error.message;
	}

	const reason = systemErrorReason(error);
	if (reason === undefined) {
		return undefined;
	}

	return `boxauth could not use${path ? ` ${path}` : ' its files'}: ${reason} (${code}). Nothing else was changed; free some space or fix the folder's permissions, then run this again.`;
}
