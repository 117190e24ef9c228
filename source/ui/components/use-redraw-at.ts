import {useEffect, useState} from 'react';
import type {Clock} from './clock.js';

/**
 * Draws the component again when the clock reaches `at`, the moment its text changes; nothing
 * in between, since every frame costs Ink the whole screen. No moment: it stays as it is.
 */
export function useRedrawAt(at: number | undefined, clock: Clock): void {
	const [, setWokenAt] = useState(0);
	useEffect(() => {
		if (at === undefined) {
			return;
		}

		return clock.wakeAt(at, () => {
			setWokenAt(clock.now());
		});
	}, [at, clock]);
}
