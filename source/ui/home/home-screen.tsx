import {Box, Text} from 'ink';
import {SelectList} from '../components/select-list.js';

export type HomeChoice = 'sandbox' | 'quit';

type Props = {readonly onChoose: (choice: HomeChoice) => void; readonly isActive: boolean};

/** The first screen of a new user: there are no profiles yet, so the sandbox is offered. */
export function HomeScreen({onChoose, isActive}: Props) {
	return (
		<Box flexDirection="column" gap={1}>
			<Text>
				No profiles yet. You can try everything against the built-in sandbox, a stand-in for Box
				that runs on this machine: no Box account needed.
			</Text>
			<SelectList
				isActive={isActive}
				items={[
					{value: 'sandbox', label: 'Start the sandbox'},
					{value: 'quit', label: 'Quit'},
				]}
				onSelect={onChoose}
			/>
		</Box>
	);
}
