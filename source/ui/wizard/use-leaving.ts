import {useApp} from 'ink';
import {useEffect, useState} from 'react';
import {leavingWords} from '../../wizard/leaving-words.js';
import type {WizardState} from '../../wizard/wizard-state.js';

type Leaving = {
	/** Leaves once, with this exit code, and for the dashboard if asked. */
	readonly leave: (code: number, next?: 'dashboard') => void;
	readonly left: boolean;
	/** Where setup stands, in words: the last frame, left on the terminal, when left early. */
	readonly farewell: string | undefined;
};

/**
 * Leaving the wizard. Left before the end, the screen gives way to a line saying where setup
 * stands and how to go on, drawn before Ink lets go of the terminal; done, the last screen stays.
 */
export function useLeaving(
	state: WizardState,
	onDone: (code: number, next?: 'dashboard') => void,
): Leaving {
	const {exit} = useApp();
	const [left, setLeft] = useState(false);
	const [farewell, setFarewell] = useState<string | undefined>(undefined);
	useEffect(() => {
		if (farewell !== undefined) {
			exit();
		}
	}, [farewell, exit]);

	const leave = (code: number, next?: 'dashboard') => {
		if (left) {
			return;
		}

		setLeft(true);
		onDone(code, next);
		const words = leavingWords(state);
		if (words === undefined) {
			exit();
		} else {
			setFarewell(words);
		}
	};

	return {leave, left, farewell};
}
