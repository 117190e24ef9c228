import {Text} from 'ink';

export type KeyHint = {readonly keys: string; readonly action: string};

export const hintsText = (hints: readonly KeyHint[]) =>
	hints.map((hint) => `${hint.keys} ${hint.action}`).join('  ·  ');

/** The keys that work on this screen, always on screen. */
export function KeyHints({hints}: {readonly hints: readonly KeyHint[]}) {
	return <Text dimColor>{hintsText(hints)}</Text>;
}
