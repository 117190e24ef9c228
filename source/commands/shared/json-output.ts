import type {OutputStream} from '../command-input.js';

/**
 * The version of the shapes of boxauth's JSON (docs/commands.md, "JSON output"), not of boxauth:
 * it goes up only when a field is removed, renamed or changes meaning. New fields come without it.
 */
export const jsonVersion = 1;

/** A value as boxauth prints JSON: `version` first; two-space indents for a person, else one line. */
export function jsonText(value: object, pretty: boolean): string {
	return JSON.stringify({version: jsonVersion, ...value}, undefined, pretty ? 2 : undefined);
}

/**
 * Prints one JSON object and a newline: pretty on a terminal, one line when stdout is a pipe or a
 * file, where scripts and `jq` read it (and JSON lines stay lines). Every command's JSON is
 * printed here, so that all of it has one style: camelCase keys, a `version`.
 */
export function printJson(stream: OutputStream, value: object): void {
	stream.write(`${jsonText(value, stream.isTTY === true)}\n`);
}

/** A kebab-case word as a JSON key: `client-secret` as `clientSecret`. */
export const camelCase = (word: string) =>
	word.replaceAll(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

/** A record keyed by kebab-case words (secret names), keyed in camelCase for JSON. */
export const camelCaseKeys = <Value>(record: Readonly<Record<string, Value>>) =>
	Object.fromEntries(Object.entries(record).map(([key, value]) => [camelCase(key), value]));
