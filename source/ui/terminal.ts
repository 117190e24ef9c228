/** The terminal a screen is drawn on and read from: the process's own, which Ink needs whole. */
export type Terminal = {
	stdout: NodeJS.WriteStream;
	stdin: NodeJS.ReadStream;
	stderr: NodeJS.WriteStream;
};
