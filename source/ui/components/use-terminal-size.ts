import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

export type TerminalSize = {readonly columns: number; readonly rows: number};

function sizeOf(stdout: NodeJS.WriteStream): TerminalSize {
	// Rows unknown (not a terminal): nothing scrolls, as if the terminal were endless.
	return {columns: stdout.columns || 80, rows: stdout.rows || Number.POSITIVE_INFINITY};
}

/** The terminal's size, kept up to date when the window is resized. */
export function useTerminalSize(): TerminalSize {
	const {stdout} = useStdout();
	const [size, setSize] = useState(() => sizeOf(stdout));
	useEffect(() => {
		const resized = () => {
			setSize(sizeOf(stdout));
		};

		stdout.on('resize', resized);
		return () => {
			stdout.off('resize', resized);
		};
	}, [stdout]);

	return size;
}
