import {Box, Text} from 'ink';
import type {ChecklistItem} from '../../wizard/checklist.js';
import type {StepStatus} from '../../wizard/wizard-state.js';
import {Spinner} from './spinner.js';

// A glyph and a word for each status, so that colour is never the only signal.
const looks: Record<StepStatus, {glyph: string; word: string; color?: string; dim?: boolean}> = {
	passed: {glyph: '✔', word: 'done', color: 'green'},
	failed: {glyph: '✘', word: 'failed', color: 'red'},
	checking: {glyph: '◌', word: 'checking', color: 'cyan'},
	pending: {glyph: '○', word: ''},
	skipped: {glyph: '–', word: 'not needed', dim: true},
};

type Props = {
	readonly items: readonly ChecklistItem[];
	/**
	 * A request is under way. A step can be checking between requests too, such as the admin's
	 * approval checked every few seconds: a still glyph then, since every spinner frame redraws.
	 */
	readonly spinning: boolean;
};

function Glyph({status, spinning}: {readonly status: StepStatus; readonly spinning: boolean}) {
	const look = looks[status];
	return status === 'checking' && spinning ? (
		<Spinner />
	) : (
		<Text color={look.color}>{look.glyph}</Text>
	);
}

function StatusWord({status}: {readonly status: StepStatus}) {
	const look = looks[status];
	return look.word === '' ? null : <Text color={look.color}> · {look.word}</Text>;
}

function ChecklistLine({
	item,
	spinning,
}: {
	readonly item: ChecklistItem;
	readonly spinning: boolean;
}) {
	return (
		<Box>
			<Box flexShrink={0} width={4}>
				<Text bold={item.current}>{item.current ? '›' : ' '} </Text>
				<Glyph spinning={spinning} status={item.status} />
			</Box>
			<Text bold={item.current} dimColor={looks[item.status].dim}>
				{item.label}
				<StatusWord status={item.status} />
			</Text>
		</Box>
	);
}

/** Every step of setup and how it stands, the current one marked. */
export function Checklist({items, spinning}: Props) {
	return (
		<Box flexDirection="column">
			{items.map((item) => (
				<ChecklistLine item={item} key={item.step} spinning={spinning} />
			))}
		</Box>
	);
}

/**
 * The checklist in one line, for a terminal too short for a line per step: a glyph for each step,
 * the current one named with its status, and how many are done.
 */
export function ChecklistSummary({items, spinning}: Props) {
	const current = items.find((item) => item.current);
	const count = (status: StepStatus) => items.filter((item) => item.status === status).length;
	const skipped = count('skipped');
	return (
		<Text>
			<Text dimColor>Steps </Text>
			{items.map((item) =>
				item.current && item.status === 'pending' ? (
					<Text bold key={item.step}>
						›
					</Text>
				) : (
					<Glyph key={item.step} spinning={spinning} status={item.status} />
				),
			)}{' '}
			{current && (
				<Text bold>
					{current.label}
					<StatusWord status={current.status} />
					{' · '}
				</Text>
			)}
			<Text dimColor>
				{count('passed')} of {items.length} done{skipped === 0 ? '' : `, ${skipped} not needed`}
			</Text>
		</Text>
	);
}
