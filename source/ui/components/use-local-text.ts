import {useRef, useState} from 'react';
import {atEnd, editText, type FieldText, type TextKey} from '../../wizard/field-text.js';

/**
 * The text of a field that is not part of the wizard's state (a pasted URL, a file name), and the
 * handler for its keys; Enter hands the text, as typed up to that key, to `onSubmit`.
 */
export function useLocalText(initial: string, onSubmit: (value: string) => void) {
	const latest = useRef<FieldText>(atEnd(initial));
	const [text, setText] = useState(latest.current);
	const onKeys = (keys: TextKey[]) => {
		for (const key of keys) {
			if (key.type === 'enter') {
				onSubmit(latest.current.value);
			} else {
				latest.current = editText(latest.current, key);
			}
		}

		setText(latest.current);
	};

	return {text, onKeys};
}
