import {useCallback, useEffect, useRef, useState} from 'react';
import type {Advance} from '../../wizard/advance.js';
import {advanceWizard} from '../../wizard/advance-wizard.js';
import {runEffect, type SetupActions} from '../../wizard/setup-actions.js';
import type {WizardEffect, WizardEvent} from '../../wizard/wizard-events.js';
import type {WizardState} from '../../wizard/wizard-state.js';

/** Where the wizard starts: a state, the effects it waits on, and events already decided. */
export type WizardStart = {
	readonly state: WizardState;
	readonly effects: readonly WizardEffect[];
	/** Answers given on the command line, such as `--auth-type`, applied before the first frame. */
	readonly events?: readonly WizardEvent[];
};

export type WizardOptions = {
	readonly actions: SetupActions;
	readonly initial: WizardStart;
	readonly now: () => number;
};

function replay(start: WizardStart, now: number): Advance {
	let {state} = start;
	const effects = [...start.effects];
	for (const event of start.events ?? []) {
		const advanced = advanceWizard(state, event, now);
		state = advanced.state;
		effects.push(...advanced.effects);
	}

	return {state, effects};
}

/**
 * The wizard's state machine inside React: `send` advances it and runs the effects it asks for.
 * The state lives in a ref as well as in React's state, so that each event advances it exactly
 * once, whatever React re-renders, and each effect runs once: it leaves the queue as it starts.
 */
export function useWizard({actions, initial, now}: WizardOptions) {
	const [start] = useState(() => replay(initial, now()));
	const [state, setState] = useState(start.state);
	const latest = useRef(start.state);
	const queue = useRef<WizardEffect[]>(start.effects);
	// Set while mounted; aborting it stops the effects under way from sending anything back.
	const controller = useRef<AbortController | undefined>(undefined);
	const world = useRef({actions, now});
	world.current = {actions, now};

	const runQueued = useCallback((send: (event: WizardEvent) => void) => {
		const signal = controller.current?.signal;
		if (!signal) {
			return;
		}

		for (let effect = queue.current.shift(); effect; effect = queue.current.shift()) {
			void runEffect(effect, world.current.actions, send, signal);
		}
	}, []);

	const send = useCallback(
		(event: WizardEvent) => {
			// After unmount: an effect's late answer, or a callback such as the sign-in's.
			if (!controller.current) {
				return;
			}

			const advanced = advanceWizard(latest.current, event, world.current.now());
			latest.current = advanced.state;
			queue.current.push(...advanced.effects);
			setState(advanced.state);
			runQueued(send);
		},
		[runQueued],
	);

	useEffect(() => {
		controller.current = new AbortController();
		runQueued(send);
		return () => {
			controller.current?.abort();
			controller.current = undefined;
		};
	}, [runQueued, send]);

	return {state, send};
}
