// What the machine refused, in words, for the errors a person can cause or meet while boxauth
// keeps its files: a full disk, a read-only folder, a refused permission.

const reasons: Readonly<Record<string, string>> = {
	ENOSPC: 'the disk is full',
	EDQUOT: 'the disk quota is used up',
	EROFS: 'the file system is read-only',
	EACCES: 'permission is denied',
	EPERM: 'the operation is not permitted',
	EMFILE: 'too many files are open',
	ENFILE: 'too many files are open',
};

/** The reason in words for such an error, or undefined for any other. */
export function systemErrorReason(error: unknown): string | undefined {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	return code === undefined ? undefined : reasons[code];
}

/** Why something failed, in words where the machine's error has them, else its own message. */
export const reasonInWords = (error: unknown) =>
	systemErrorReason(error) ?? (error instanceof Error ? error.message : String(error));
