import {Box, Text, useInput} from 'ink';
import {useRef, useState} from 'react';

export type Choice<Value extends string> = {
	readonly value: Value;
	readonly label: string;
	/** Shown under the label while it is highlighted, so that the list stays short. */
	readonly details: readonly string[];
};

type Props<Value extends string> = {
	readonly choices: ReadonlyArray<Choice<Value>>;
	/** Highlighted at first, such as the recommended choice. */
	readonly initial?: Value;
	readonly onSelect: (value: Value) => void;
	/** Off while another part of the screen owns the keyboard, or without raw mode. */
	readonly isActive: boolean;
};

/** A list to pick one from with ↑↓ and Enter, the highlighted choice explained. */
export function ChoiceList<Value extends string>({
	choices,
	initial,
	onSelect,
	isActive,
}: Props<Value>) {
	const start = Math.max(
		0,
		choices.findIndex((choice) => choice.value === initial),
	);
	const [index, setIndex] = useState(start);
	// Keys typed faster than a render (a paste, a script) must see the index the last key left.
	const current = useRef(start);
	useInput(
		(_input, key) => {
			const move = key.upArrow ? -1 : key.downArrow ? 1 : 0;
			if (move !== 0) {
				current.current = (current.current + choices.length + move) % choices.length;
				setIndex(current.current);
			} else if (key.return) {
				const choice = choices[current.current];
				if (choice) {
					onSelect(choice.value);
				}
			}
		},
		{isActive},
	);

	return (
		<Box flexDirection="column">
			{choices.map((choice, choiceIndex) => {
				const highlighted = choiceIndex === index;
				return (
					<Box flexDirection="column" key={choice.value}>
						<Text bold={highlighted} color={highlighted ? 'cyan' : undefined}>
							{highlighted ? '› ' : '  '}
							{choice.label}
						</Text>
						{highlighted && (
							<Box flexDirection="column" marginBottom={1} paddingLeft={4}>
								{choice.details.map((detail) => (
									<Text key={detail}>{detail}</Text>
								))}
							</Box>
						)}
					</Box>
				);
			})}
		</Box>
	);
}
