import {Box, Text} from 'ink';
import {type BearerLineFormat, bearerLine} from '../../tokens/bearer-lines.js';
import type {TokenMenuPurpose} from './dashboard-state.js';

export const formatWords: Record<BearerLineFormat, string> = {
	header: 'an HTTP header',
	curl: 'a curl option',
	env: 'an env export',
	powershell: 'PowerShell variables',
};

const menuKeys: ReadonlyArray<[string, BearerLineFormat]> = [
	['h', 'header'],
	['u', 'curl'],
	['e', 'env'],
];

type Props = {
	readonly name: string;
	readonly maskedToken: string | undefined;
	readonly purpose: TokenMenuPurpose;
};

/** The ways to hand the token out, each shown with the token masked. */
export function TokenMenu({name, maskedToken, purpose}: Props) {
	return (
		<Box flexDirection="column">
			<Text bold>
				{purpose === 'copy'
					? `Copy ${name}'s token to the clipboard as:`
					: `Print ${name}'s token as (the dashboard closes, then prints it):`}
			</Text>
			{menuKeys.map(([key, format]) => (
				<Text key={key}>
					{'  '}
					{key} {formatWords[format]}: {bearerLine(format, maskedToken ?? '…')}
				</Text>
			))}
		</Box>
	);
}
