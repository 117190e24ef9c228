import {Box, Text} from 'ink';
import TextInput from 'ink-text-input';
import {useState} from 'react';
import type {Identity} from '../../profiles/profile.js';
import type {WizardEvent} from '../../wizard/wizard-events.js';
import type {Preflight, WizardState} from '../../wizard/wizard-state.js';
import {Spinner} from '../components/spinner.js';
import {type ApiUrls, tokenRecipes} from './token-recipes.js';

type Props = {
	readonly state: WizardState;
	readonly send: (event: WizardEvent) => void;
	readonly urls: ApiUrls;
	/** The file name box for the upload preflight has the keyboard. */
	readonly typingFileName: boolean;
	readonly closeFileName: () => void;
};

function ActsAs({identity}: {readonly identity: Identity}) {
	const who = identity.isServiceAccount
		? `the app's service account, ${identity.name} (${identity.login})`
		: `${identity.name} (${identity.login})`;
	return (
		<Text>
			The token acts as <Text bold>{who}</Text>
			{identity.enterpriseId === null ? '' : `, in enterprise ${identity.enterpriseId}`}.
		</Text>
	);
}

function PreflightAnswer({preflight}: {readonly preflight: Preflight}) {
	return preflight.checking ? (
		<Text>
			<Spinner /> Asking Box whether {preflight.fileName} is taken…
		</Text>
	) : (
		<Text>{preflight.answer}</Text>
	);
}

function FileNameBox({send, closeFileName}: Pick<Props, 'send' | 'closeFileName'>) {
	const [fileName, setFileName] = useState('report.pdf');
	return (
		<Box>
			<Text bold>› File name to check in All Files: </Text>
			<TextInput
				onChange={setFileName}
				onSubmit={(typed) => {
					closeFileName();
					send({type: 'preflight-requested', fileName: typed.trim() || 'report.pdf'});
				}}
				value={fileName}
			/>
		</Box>
	);
}

/** Past the last step: who the token is, where it was saved, and commands ready to paste. */
export function DoneStep({state, send, urls, typingFileName, closeFileName}: Props) {
	const identity = state.firstCall?.identity;
	const recipes = tokenRecipes({
		...urls,
		profileName: state.values.profileName,
		maskedToken: state.firstCall?.maskedToken ?? '…',
	});
	return (
		<Box flexDirection="column" gap={1}>
			<Box flexDirection="column">
				<Text bold color="green">
					✔ Your token works.
				</Text>
				{identity && <ActsAs identity={identity} />}
				{state.saved !== undefined && <Text>{state.saved}</Text>}
			</Box>
			{recipes.map((recipe) => (
				<Box flexDirection="column" key={recipe.says}>
					<Text>{recipe.says}</Text>
					{recipe.command.map((line) => (
						<Text bold key={line}>
							{'  '}
							{line}
						</Text>
					))}
				</Box>
			))}
			{typingFileName && <FileNameBox closeFileName={closeFileName} send={send} />}
			{state.preflight && !typingFileName && <PreflightAnswer preflight={state.preflight} />}
		</Box>
	);
}
