// A pasted failure often has its error body somewhere in the middle: after a log prefix, glued to
// curl's `* Connection #0 ... left intact`, escaped inside another JSON string, or printed by
// Python or Node rather than serialised.

import {parseLooseObject} from './parse-loose-object.js';

// Error bodies sit at most a few braces deep in what wraps them (an SDK printout, a log record);
// trying deeper ones too would make a pathological paste take quadratic time.
const maxNesting = 5;

/**
 * Where every `{…}` in the text starts and ends, in order of their start, in one pass (pastes can
 * be long), up to `maxNesting` deep. Quotes count only inside braces, so an apostrophe in the prose around a body does not
 * hide it, and end at a line end, as neither JSON nor Python strings span lines. A backslash
 * escapes the next character, so `{\"error\":\"...\"}` is found too.
 */
function braces(text: string): Array<[number, number]> {
	const pairs: Array<[number, number]> = [];
	const open: number[] = [];
	let quote: string | undefined;
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (char === '\\') {
			index++;
		} else if (quote) {
			quote = char === quote || char === '\n' ? undefined : quote;
		} else if (open.length > 0 && (char === '"' || char === "'")) {
			quote = char;
		} else if (char === '{') {
			open.push(index);
		} else if (char === '}') {
			const start = open.pop();
			if (start !== undefined && open.length < maxNesting) {
				pairs.push([start, index]);
			}
		}
	}

	return pairs.sort(([a], [b]) => a - b);
}

// Forum and chat pastes turn quotes curly: `{“error”:“invalid_grant”}` (box/box-python-sdk-gen#220).
const straightenQuotes = (text: string) => text.replaceAll(/[“”]/g, '"').replaceAll(/[‘’]/g, "'");

// JSON escaped once more because it sat inside a string: `{\"error\":\"invalid_grant\"}`.
const unescapeOnce = (text: string) => text.replaceAll(/\\(["\\/])/g, '$1');

function parseCandidate(candidate: string): unknown {
	for (const text of [candidate, straightenQuotes(candidate), unescapeOnce(candidate)]) {
		try {
			return JSON.parse(text);
		} catch {
			const value = parseLooseObject(text);
			if (value !== undefined) {
				return value;
			}
		}
	}

	return undefined;
}

/**
 * Every object written out in the text (JSON, Python or JavaScript notation), in order. Strings
 * inside those objects are searched too, for bodies logged inside a structured log line.
 */
export function findObjects(text: string, depth = 0): unknown[] {
	const objects: unknown[] = [];
	let parsedUntil = -1;
	for (const [start, end] of braces(straightenQuotes(text))) {
		// An object inside one already read is part of it; one inside a failed candidate may
		// still be a body on its own.
		const value = start > parsedUntil ? parseCandidate(text.slice(start, end + 1)) : undefined;
		if (value !== undefined) {
			objects.push(value, ...(depth < 2 ? nestedObjects(value, depth + 1) : []));
			parsedUntil = end;
		}
	}

	return objects;
}

// Error printouts are a few levels deep; a limit keeps a pathological paste from exhausting the stack.
const maxLevels = 8;

function nestedObjects(value: unknown, depth: number, level = 0): unknown[] {
	if (typeof value === 'string') {
		return value.includes('{') ? findObjects(value, depth) : [];
	}

	if (typeof value === 'object' && value !== null && level < maxLevels) {
		return Object.values(value).flatMap((inner) => nestedObjects(inner, depth, level + 1));
	}

	return [];
}
