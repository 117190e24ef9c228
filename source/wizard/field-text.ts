/** A key that edits a line of text, as the person pressed it. */
export type TextKey =
	| {type: 'insert'; text: string}
	| {type: 'backspace'}
	| {type: 'left'}
	| {type: 'right'}
	| {type: 'home'}
	| {type: 'end'}
	| {type: 'clear'}
	| {type: 'enter'};

/** What a text field holds, and where its cursor stands (in characters, not UTF-16 units). */
export type FieldText = {value: string; cursor: number};

export const atEnd = (value: string): FieldText => ({value, cursor: Array.from(value).length});

/** The control characters that are editing keys; every other one is dropped. */
const controlKeys: Record<string, TextKey> = {
	'\u007F': {type: 'backspace'},
	'\b': {type: 'backspace'},
	'\r': {type: 'enter'},
	'\n': {type: 'enter'},
	'\u0001': {type: 'home'},
	'\u0005': {type: 'end'},
	'\u0015': {type: 'clear'},
};

/**
 * The keys in a run of characters that arrived in one read: typed ahead, repeated, or pasted.
 * Each is handled as the key it is: DEL and BS delete, a line break is Enter (CR LF once), Ctrl+A,
 * Ctrl+E and Ctrl+U move and clear, and no other control character ever enters a value.
 */
export function keysOfTyped(characters: string): TextKey[] {
	const keys: TextKey[] = [];
	let text = '';
	let previous = '';
	for (const character of characters) {
		const control = controlKeys[character];
		const secondHalfOfCrLf = character === '\n' && previous === '\r';
		if (control !== undefined && !secondHalfOfCrLf) {
			if (text !== '') {
				keys.push({type: 'insert', text});
				text = '';
			}

			keys.push(control);
		} else if (!isControl(character)) {
			text += character;
		}

		previous = character;
	}

	if (text !== '') {
		keys.push({type: 'insert', text});
	}

	return keys;
}

function isControl(character: string): boolean {
	const code = character.codePointAt(0) ?? 0;
	return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** The text after one key; Enter submits the field and leaves its text as it is. */
export function editText(text: FieldText, key: TextKey): FieldText {
	const characters = Array.from(text.value);
	const cursor = Math.max(0, Math.min(text.cursor, characters.length));
	switch (key.type) {
		case 'insert': {
			const inserted = Array.from(key.text);
			characters.splice(cursor, 0, ...inserted);
			return {value: characters.join(''), cursor: cursor + inserted.length};
		}

		case 'backspace':
			if (cursor === 0) {
				return {value: text.value, cursor};
			}

			characters.splice(cursor - 1, 1);
			return {value: characters.join(''), cursor: cursor - 1};
		case 'left':
			return {value: text.value, cursor: Math.max(0, cursor - 1)};
		case 'right':
			return {value: text.value, cursor: Math.min(characters.length, cursor + 1)};
		case 'home':
			return {value: text.value, cursor: 0};
		case 'end':
			return {value: text.value, cursor: characters.length};
		case 'clear':
			return {value: characters.slice(cursor).join(''), cursor: 0};
		case 'enter':
			return {value: text.value, cursor};
	}
}
