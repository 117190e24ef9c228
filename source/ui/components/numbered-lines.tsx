import {Box, Text} from 'ink';

/** Steps to follow, numbered, with wrapped lines kept under their text rather than the number. */
export function NumberedLines({lines}: {readonly lines: readonly string[]}) {
	const numberWidth = String(lines.length).length + 2;
	return (
		<Box flexDirection="column">
			{lines.map((line, index) => (
				<Box key={line}>
					<Box flexShrink={0} width={numberWidth}>
						<Text>{index + 1}.</Text>
					</Box>
					<Text>{line}</Text>
				</Box>
			))}
		</Box>
	);
}
