import {Text} from 'ink';
import {Spinner} from '../components/spinner.js';

/** What is being checked right now, with the spinner; nothing when nothing is. */
export function BusyLine({busy}: {readonly busy: string | undefined}) {
	return busy === undefined ? null : (
		<Text>
			<Spinner /> {busy}
		</Text>
	);
}
