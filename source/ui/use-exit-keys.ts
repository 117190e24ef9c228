import {useApp, useInput} from 'ink';

/**
 * `q` and Esc leave normally; Ctrl+C leaves with 130, as shells expect of an interrupted program.
 * Ink's own Ctrl+C handling is off (it would exit 0).
 */
export function useExitKeys(onExit: (code: number) => void, isActive: boolean): void {
	const {exit} = useApp();
	useInput(
		(input, key) => {
			if (key.ctrl && input === 'c') {
				onExit(130);
				exit();
			} else if (input === 'q' || key.escape) {
				onExit(0);
				exit();
			}
		},
		{isActive},
	);
}
