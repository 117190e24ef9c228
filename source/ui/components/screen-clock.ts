import {createContext, useContext} from 'react';
import type {Clock} from './clock.js';

/**
 * The clock the moving parts of a screen read (the spinner, the wizard's polling line): the same
 * abstraction the dashboard is given, so that tests move one fake clock by hand for all of them.
 */
export const ScreenClock = createContext<Clock | undefined>(undefined);

export function useScreenClock(): Clock {
	const clock = useContext(ScreenClock);
	if (!clock) {
		throw new Error('a component that reads the time is drawn without a ScreenClock provider');
	}

	return clock;
}
