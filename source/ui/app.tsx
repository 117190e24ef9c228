import {Box, Text, useApp, useStdin} from 'ink';
import {useEffect, useState} from 'react';
import type {SandboxDescription} from '../sandbox/describe-sandbox.js';
import {type KeyHint, KeyHints} from './components/key-hints.js';
import {type HomeChoice, HomeScreen} from './home/home-screen.js';
import {SandboxScreen} from './home/sandbox-screen.js';
import {useExitKeys} from './use-exit-keys.js';

export type AppActions = {
	readonly startSandbox: () => Promise<SandboxDescription>;
	readonly profileNames: readonly string[];
	readonly waitingSetups: readonly string[];
};

/** What the user chose to do once the app has left the screen: the setup wizard, with or without the sandbox. */
export type NextStep =
	| {command: 'setup'; sandbox: boolean; profile?: string}
	| {command: 'dashboard'};

type Props = {
	readonly actions: AppActions;
	readonly startWithSandbox: boolean;
	readonly onExit: (code: number) => void;
	readonly onNext: (next: NextStep) => void;
};

type Screen =
	| {name: 'home'}
	| {name: 'starting-sandbox'}
	| {name: 'sandbox'; sandbox: SandboxDescription}
	| {name: 'failed'; message: string}
	/** Handing the terminal to the setup wizard: an empty last frame leaves no menu behind it. */
	| {name: 'leaving'};

const hints: Record<Screen['name'], KeyHint[]> = {
	home: [
		{keys: '↑↓', action: 'choose'},
		{keys: 'enter', action: 'select'},
		{keys: 'q', action: 'quit'},
	],
	'starting-sandbox': [{keys: 'q', action: 'quit'}],
	sandbox: [{keys: 'q', action: 'quit and stop the sandbox'}],
	failed: [{keys: 'q', action: 'quit'}],
	leaving: [],
};

export function App({actions, startWithSandbox, onExit, onNext}: Props) {
	const {exit} = useApp();
	const {isRawModeSupported} = useStdin();
	const [screen, setScreen] = useState<Screen>(
		startWithSandbox ? {name: 'starting-sandbox'} : {name: 'home'},
	);
	useExitKeys(onExit, isRawModeSupported);

	useEffect(() => {
		if (screen.name !== 'starting-sandbox') {
			return;
		}

		let current = true;
		actions.startSandbox().then(
			(sandbox) => {
				if (current) {
					setScreen({name: 'sandbox', sandbox});
				}
			},
			(error: unknown) => {
				if (current) {
					setScreen({name: 'failed', message: (error as Error).message});
				}
			},
		);
		return () => {
			current = false;
		};
	}, [screen.name, actions]);

	const choose = (choice: HomeChoice) => {
		if (choice === 'sandbox') {
			setScreen({name: 'starting-sandbox'});
			return;
		}

		onExit(0);
		if (choice === 'quit') {
			exit();
			return;
		}

		onNext(
			choice === 'dashboard'
				? {command: 'dashboard'}
				: choice.startsWith('resume:')
					? {command: 'setup', sandbox: false, profile: choice.slice('resume:'.length)}
					: {command: 'setup', sandbox: choice === 'setup-sandbox'},
		);
		setScreen({name: 'leaving'});
	};

	useEffect(() => {
		if (screen.name === 'leaving') {
			exit();
		}
	}, [screen.name, exit]);

	if (screen.name === 'leaving') {
		return null;
	}

	return (
		<Box flexDirection="column" gap={1} paddingX={1}>
			<Text bold>boxauth · get a working Box API token</Text>
			{screen.name === 'home' && (
				<HomeScreen
					isActive={isRawModeSupported}
					onChoose={choose}
					profileNames={actions.profileNames}
					waitingSetups={actions.waitingSetups}
				/>
			)}
			{screen.name === 'starting-sandbox' && <Text>Starting the sandbox…</Text>}
			{screen.name === 'sandbox' && <SandboxScreen sandbox={screen.sandbox} />}
			{screen.name === 'failed' && (
				<Text color="red">The sandbox could not start: {screen.message}</Text>
			)}
			<KeyHints hints={hints[screen.name]} />
		</Box>
	);
}
