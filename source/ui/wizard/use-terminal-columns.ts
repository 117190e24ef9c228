import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

/** The terminal's width, kept up to date when the window is resized. */
export function useTerminalColumns(): number {
	const {stdout} = useStdout();
	const [columns, setColumns] = useState(stdout.columns || 80);
	useEffect(() => {
		const resized = () => {
			setColumns(stdout.columns || 80);
		};

		stdout.on('resize', resized);
		return () => {
			stdout.off('resize', resized);
		};
	}, [stdout]);

	return columns;
}
