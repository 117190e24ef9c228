import {Box, Text, useInput} from 'ink';
import {useRef, useState} from 'react';

export type SelectItem<Value extends string> = {readonly value: Value; readonly label: string};

type Props<Value extends string> = {
	readonly items: ReadonlyArray<SelectItem<Value>>;
	readonly onSelect: (value: Value) => void;
	/** Off while another part of the screen owns the keyboard, or without raw mode. */
	readonly isActive: boolean;
};

export function SelectList<Value extends string>({items, onSelect, isActive}: Props<Value>) {
	const [index, setIndex] = useState(0);
	// Keys typed faster than a render (a paste, a script) must see the index the last key left.
	const current = useRef(0);
	useInput(
		(_input, key) => {
			const move = key.upArrow ? -1 : key.downArrow ? 1 : 0;
			if (move !== 0) {
				current.current = (current.current + items.length + move) % items.length;
				setIndex(current.current);
			} else if (key.return) {
				const item = items[current.current];
				if (item) {
					onSelect(item.value);
				}
			}
		},
		{isActive},
	);

	return (
		<Box flexDirection="column">
			{items.map((item, itemIndex) => (
				<Text key={item.value} color={itemIndex === index ? 'cyan' : undefined}>
					{itemIndex === index ? '› ' : '  '}
					{item.label}
				</Text>
			))}
		</Box>
	);
}
