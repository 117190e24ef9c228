import {Text} from 'ink';

// Enough to recognise which secret it is, never enough to use it.
const shownCharacters = 4;
const shortestShown = 12;

/** A secret as the screen may show it: its first characters, then "…". */
export function maskSecret(value: string): string {
	return value.length < shortestShown ? '…' : `${value.slice(0, shownCharacters)}…`;
}

type Props = {readonly value: string; readonly secret: boolean};

export function MaskedValue({value, secret}: Props) {
	return <Text>{secret ? maskSecret(value) : value}</Text>;
}
