/** What a key sends to a program in a terminal, for pseudo-terminal and ink-testing-library tests. */
export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	enter: '\r',
	tab: '\t',
	escape: '\u001B',
	backspace: '\u007F',
	ctrlC: '\u0003',
	ctrlR: '\u0012',
	ctrlU: '\u0015',
} as const;
