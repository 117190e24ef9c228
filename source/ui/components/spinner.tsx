import {Text} from 'ink';
import {useScreenClock} from './screen-clock.js';
import {useRedrawAt} from './use-redraw-at.js';

const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const frameMs = 120;

/**
 * Shows that something is under way; mount it only while it is, since every frame redraws. Its
 * frame is read from the screen's clock, so that a test's fake clock turns it and no real timer
 * runs beside that clock.
 */
export function Spinner() {
	const clock = useScreenClock();
	const tick = Math.floor(clock.now() / frameMs);
	useRedrawAt((tick + 1) * frameMs, clock);
	return <Text color="cyan">{frames[tick % frames.length]}</Text>;
}
