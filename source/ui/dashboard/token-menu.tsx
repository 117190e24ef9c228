import {Box, Text} from 'ink';
import {bearerLine} from '../../tokens/bearer-lines.js';
import type {TokenMenuPurpose} from './dashboard-state.js';
import {tokenMenuChoices} from './token-menu-choices.js';

type Props = {
	readonly name: string;
	readonly maskedToken: string | undefined;
	readonly purpose: TokenMenuPurpose;
};

/** The ways to hand the token out, each shown with the token masked, a line under another. */
export function TokenMenu({name, maskedToken, purpose}: Props) {
	return (
		<Box flexDirection="column">
			<Text bold>
				{purpose === 'copy'
					? `Copy ${name}'s token to the clipboard as:`
					: `Print ${name}'s token as (the dashboard closes, then prints it):`}
			</Text>
			{tokenMenuChoices.map(({key, format, words}) => (
				<Box flexDirection="column" key={key}>
					<Text>
						{'  '}
						{key} {words}:
					</Text>
					{bearerLine(format, maskedToken ?? '…')
						.split('\n')
						.map((line) => (
							<Text key={line}>
								{'      '}
								{line}
							</Text>
						))}
				</Box>
			))}
		</Box>
	);
}
