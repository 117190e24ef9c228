// Error bodies are often pasted as their language's printout rather than JSON: Python's
// `{'error': 'invalid_grant', 'error_description': None}` (box_sdk_gen, boxsdk, requests) or
// Node's `{ error: 'invalid_grant', error_description: '...' }` (console.log of a body).

const literals = new Map([
	['None', 'null'],
	['null', 'null'],
	['undefined', 'null'],
	['True', 'true'],
	['true', 'true'],
	['False', 'false'],
	['false', 'false'],
]);

// Python and JSON share these escapes; any other escaped character stands for itself.
const escapes: Record<string, string> = {n: '\n', t: '\t', r: '\r'};

/** One quoted string from `start` (a `'` or `"`), as JSON, and where it ends. */
function readString(text: string, start: number): {json: string; end: number} | undefined {
	const quote = text[start];
	let value = '';
	for (let index = start + 1; index < text.length; index++) {
		const char = text[index];
		if (char === quote) {
			return {json: JSON.stringify(value), end: index + 1};
		}

		if (char === '\\') {
			const next = text[index + 1] ?? '';
			value += escapes[next] ?? next;
			index++;
		} else {
			value += char;
		}
	}

	return undefined;
}

/** A Python or JavaScript object literal turned into JSON text, or undefined if it is not one. */
function toJson(text: string): string | undefined {
	let json = '';
	let index = 0;
	while (index < text.length) {
		const char = text[index] ?? '';
		if (char === "'" || char === '"') {
			const string = readString(text, index);
			if (!string) {
				return undefined;
			}

			json += string.json;
			index = string.end;
		} else if (/[A-Za-z_$]/.test(char)) {
			const word = /^[\w$]+/.exec(text.slice(index))?.[0] ?? char;
			const isKey = /^\s*:/.test(text.slice(index + word.length));
			const literal = literals.get(word);
			if (isKey) {
				json += JSON.stringify(word);
			} else if (literal) {
				json += literal;
			} else {
				return undefined;
			}

			index += word.length;
		} else {
			json += char;
			index++;
		}
	}

	// Both languages allow a comma before a closing bracket; JSON does not.
	return json.replaceAll(/,(\s*[}\]])/g, '$1');
}

/** The value of a Python or JavaScript object literal, or undefined if it is not one. */
export function parseLooseObject(text: string): unknown {
	const json = toJson(text);
	if (json === undefined) {
		return undefined;
	}

	try {
		return JSON.parse(json);
	} catch {
		return undefined;
	}
}
