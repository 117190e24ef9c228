import {Box, Text} from 'ink';
import type {ChecklistItem} from '../../wizard/checklist.js';
import type {StepStatus} from '../../wizard/wizard-state.js';
import {Spinner} from './spinner.js';

// A glyph and a word for each status, so that colour is never the only signal.
const looks: Record<StepStatus, {glyph: string; word: string; color?: string; dim?: boolean}> = {
	passed: {glyph: '✔', word: 'done', color: 'green'},
	failed: {glyph: '✘', word: 'failed', color: 'red'},
	checking: {glyph: '', word: 'checking', color: 'cyan'},
	pending: {glyph: '○', word: ''},
	skipped: {glyph: '–', word: 'not needed', dim: true},
};

function ChecklistLine({item}: {readonly item: ChecklistItem}) {
	const look = looks[item.status];
	return (
		<Box>
			<Box flexShrink={0} width={4}>
				<Text bold={item.current}>{item.current ? '›' : ' '} </Text>
				{item.status === 'checking' ? <Spinner /> : <Text color={look.color}>{look.glyph}</Text>}
			</Box>
			<Text bold={item.current} dimColor={look.dim}>
				{item.label}
				{look.word === '' ? '' : <Text color={look.color}> · {look.word}</Text>}
			</Text>
		</Box>
	);
}

/** Every step of setup and how it stands, the current one marked. */
export function Checklist({items}: {readonly items: readonly ChecklistItem[]}) {
	return (
		<Box flexDirection="column">
			{items.map((item) => (
				<ChecklistLine item={item} key={item.step} />
			))}
		</Box>
	);
}
