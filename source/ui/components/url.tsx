import {Text, useStdout} from 'ink';
import {hyperlink, hyperlinksWork} from './terminal-hyperlinks.js';

/**
 * A web address, copyable whole. Ink breaks an address longer than the terminal is wide into rows,
 * which a person copies as pieces; as a terminal hyperlink every row opens and copies the whole
 * address. Inside a sentence Ink wraps at the spaces around it, so a shorter one stays in one piece.
 */
export function Url({url}: {readonly url: string}) {
	const {stdout} = useStdout();
	return <Text bold>{hyperlinksWork(stdout) ? hyperlink(url) : url}</Text>;
}
