import {Box, Text} from 'ink';
import type {Identity} from '../../profiles/profile.js';
import type {WizardEvent} from '../../wizard/wizard-events.js';
import type {Preflight, WizardState} from '../../wizard/wizard-state.js';
import {Spinner} from '../components/spinner.js';
import {TextField} from '../components/text-field.js';
import {useLocalText} from '../components/use-local-text.js';
import {type Aside, savedNotices} from './screen-view.js';
import {type ApiUrls, type Recipe, tokenRecipes} from './token-recipes.js';

type Props = {
	readonly state: WizardState;
	readonly send: (event: WizardEvent) => void;
	readonly urls: ApiUrls;
	/** The upload recipe or the notices in full, in place of the first commands. */
	readonly aside: Aside | undefined;
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
	const fileName = useLocalText('report.pdf', (typed) => {
		closeFileName();
		send({type: 'preflight-requested', fileName: typed.trim() || 'report.pdf'});
	});
	return (
		<Box>
			<Text bold>› File name to check in All Files: </Text>
			<TextField onKeys={fileName.onKeys} text={fileName.text} />
		</Box>
	);
}

function Commands({recipes}: {readonly recipes: readonly Recipe[]}) {
	return recipes.map((recipe) => (
		<Box flexDirection="column" key={recipe.says}>
			<Text>{recipe.says}</Text>
			{recipe.command.map((line) => (
				<Text bold key={line}>
					{'  '}
					{line}
				</Text>
			))}
		</Box>
	));
}

/** Who the token is and where it was saved; the notices that came with it, in a line or in full. */
function Summary({state, noticesInFull}: Pick<Props, 'state'> & {readonly noticesInFull: boolean}) {
	const identity = state.firstCall?.identity;
	const [saved] = state.saved?.split('\n') ?? [];
	return (
		<Box flexDirection="column">
			{identity && <ActsAs identity={identity} />}
			{saved !== undefined && <Text>{saved}</Text>}
			{savedNotices(state).map((notice) =>
				// Ink measures a text once: a new wrap needs a new element, not a new prop.
				noticesInFull ? (
					<Text dimColor key={`${notice} in full`}>
						{notice}
					</Text>
				) : (
					<Text dimColor key={notice} wrap="truncate-end">
						{notice}
					</Text>
				),
			)}
		</Box>
	);
}

/**
 * Past the last step: who the token is, where it was saved, and commands ready to paste. The
 * upload recipe and the notices in full each take the place of the first commands, on a key.
 */
export function DoneStep({state, send, urls, aside, typingFileName, closeFileName}: Props) {
	const recipes = tokenRecipes({
		...urls,
		profileName: state.values.profileName,
		maskedToken: state.firstCall?.maskedToken ?? '…',
		authType: state.authType,
	});
	return (
		<Box flexDirection="column" gap={1}>
			<Box flexDirection="column">
				<Text bold color="green">
					✔ Your token works.
				</Text>
				{aside !== 'upload-recipe' && <Summary noticesInFull={aside === 'notices'} state={state} />}
			</Box>
			{aside === undefined && <Commands recipes={recipes.whoAmI} />}
			{aside === 'upload-recipe' && <Commands recipes={recipes.upload} />}
			{aside === 'upload-recipe' && typingFileName && (
				<FileNameBox closeFileName={closeFileName} send={send} />
			)}
			{aside === 'upload-recipe' && state.preflight && !typingFileName && (
				<PreflightAnswer preflight={state.preflight} />
			)}
		</Box>
	);
}
