import {Box, Text} from 'ink';
import {SelectList} from '../components/select-list.js';

export type HomeChoice =
	| 'dashboard'
	| 'setup'
	| 'setup-sandbox'
	| 'sandbox'
	| 'quit'
	| `resume:${string}`;

type Props = {
	readonly profileNames: readonly string[];
	/** Profiles whose setup was left waiting for the admin. */
	readonly waitingSetups: readonly string[];
	readonly onChoose: (choice: HomeChoice) => void;
	readonly isActive: boolean;
};

/** The first screen: the profiles there are, and the ways to make one or try boxauth first. */
export function HomeScreen({profileNames, waitingSetups, onChoose, isActive}: Props) {
	return (
		<Box flexDirection="column" gap={1}>
			{profileNames.length === 0 ? (
				<Text>
					No profiles yet. The setup wizard makes one: it walks you through creating a Box app and
					checks each step against the API. Or try it all first against the built-in sandbox, a
					stand-in for Box that runs on this machine: no Box account needed.
				</Text>
			) : (
				<Text>
					Your profiles: <Text bold>{profileNames.join(', ')}</Text>. boxauth status shows how their
					tokens stand.
				</Text>
			)}
			<SelectList
				isActive={isActive}
				items={[
					...(profileNames.length > 0
						? [{value: 'dashboard' as const, label: 'Watch your tokens on the dashboard'}]
						: []),
					...waitingSetups.map((name) => ({
						value: `resume:${name}` as const,
						label: `Pick up the setup of ${name}, waiting for the admin`,
					})),
					{value: 'setup-sandbox', label: 'Try the setup wizard against the sandbox'},
					{
						value: 'setup',
						label:
							profileNames.length === 0
								? 'Set up a profile with your Box app'
								: 'Set up another profile with your Box app',
					},
					{value: 'sandbox', label: 'Start the sandbox (for Box SDKs and curl)'},
					{value: 'quit', label: 'Quit'},
				]}
				onSelect={onChoose}
			/>
		</Box>
	);
}
