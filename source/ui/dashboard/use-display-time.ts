import {useEffect, useState} from 'react';
import {nextDisplayChange} from '../../tokens/countdown.js';
import type {Clock} from '../components/clock.js';

/**
 * The moment the screen shows, moved on by one timer for the whole table, only when some
 * countdown's text would change: on the wall-clock minute, or each second for a token in its
 * last minutes. Between those moments nothing is drawn. Not ticking (--plain): it stays put.
 */
export function useDisplayTime(
	expiries: ReadonlyArray<number | null>,
	clock: Clock,
	ticking: boolean,
): number {
	const [shownAt, setShownAt] = useState(() => clock.now());
	const next = ticking ? nextDisplayChange(expiries, shownAt) : null;
	useEffect(() => {
		if (next === null) {
			return;
		}

		return clock.wakeAt(next, () => {
			setShownAt(clock.now());
		});
	}, [next, clock]);

	return shownAt;
}
