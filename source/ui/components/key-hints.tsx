import {Text} from 'ink';

export type KeyHint = {readonly keys: string; readonly action: string};

/** The keys that work on this screen, always on screen. */
export function KeyHints({hints}: {readonly hints: readonly KeyHint[]}) {
	return <Text dimColor>{hints.map((hint) => `${hint.keys} ${hint.action}`).join('  ·  ')}</Text>;
}
