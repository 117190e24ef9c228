import {Text, useInput} from 'ink';
import {useRef, useState} from 'react';
import type {FieldText, TextKey} from '../../wizard/field-text.js';
import {isRevealKey, textKeysOf} from './text-keys.js';

type Props = {
	readonly text: FieldText;
	/** Every key of a read, in order: the owner applies them to the latest text it holds. */
	readonly onKeys: (keys: TextKey[]) => void;
	/** Shown as one `*` per character until Ctrl+R reveals it. */
	readonly secret?: boolean;
	readonly isActive?: boolean;
};

/**
 * One line of text with a cursor. It holds no text of its own: the keys go to the owner, whose
 * reducer applies them to the text as it stands, so a key that arrives before Ink hands this
 * component its next render is not applied to the text of the last one.
 */
export function TextField({text, onKeys, secret = false, isActive = true}: Props) {
	const [revealed, setRevealed] = useState(false);
	const live = useRef(onKeys);
	live.current = onKeys;
	useInput(
		(input, key) => {
			if (secret && isRevealKey(input, key)) {
				setRevealed((shown) => !shown);
				return;
			}

			const keys = textKeysOf(input, key);
			if (keys.length > 0) {
				live.current(keys);
			}
		},
		{isActive},
	);

	const characters = Array.from(text.value);
	const shown = secret && !revealed ? characters.map(() => '*') : characters;
	const cursor = Math.min(text.cursor, shown.length);
	if (!isActive) {
		return <Text>{shown.join('')}</Text>;
	}

	return (
		<Text>
			{shown.slice(0, cursor).join('')}
			<Text inverse>{shown[cursor] ?? ' '}</Text>
			{shown.slice(cursor + 1).join('')}
		</Text>
	);
}
