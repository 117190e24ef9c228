import {Box, type DOMElement, measureElement, Text} from 'ink';
import {type ReactNode, useContext, useLayoutEffect, useRef, useState} from 'react';
import {ScreenFrame} from './screen-frame.js';
import {useTerminalSize} from './use-terminal-size.js';

/** The rows shown, and how many more there are below them. */
type Cut = {readonly rows: number; readonly more: number};

type Heights = {
	/** The whole screen as drawn now. */
	readonly frame: number;
	/** This part as drawn now, the line saying what was cut included. */
	readonly shown: number;
	/** This part uncut. */
	readonly whole: number;
	readonly terminalRows: number;
};

/** How much of the part to show so that the screen fits the terminal. */
export function cutToFit({frame, shown, whole, terminalRows}: Heights): Cut {
	// Ink redraws in place only while the screen is shorter than the terminal; one more row is kept
	// for a line that appears before this part is measured again.
	const room = terminalRows - 2 - (frame - shown);
	if (whole <= room) {
		return {rows: whole, more: 0};
	}

	const rows = Math.max(0, room - 1);
	return {rows, more: whole - rows};
}

type Props = {
	readonly children: ReactNode;
	/** The line under a cut part: how many lines are not shown, and how to see fewer. */
	readonly more: (lines: number) => string;
};

/**
 * Its children cut to the rows the terminal has left under the rest of the screen (see ScreenFrame),
 * so that a long part never pushes what is above it, such as the field being typed, off the top.
 */
export function CutToFit({children, more}: Props) {
	const frame = useContext(ScreenFrame);
	const {rows: terminalRows} = useTerminalSize();
	const shown = useRef<DOMElement>(null);
	const whole = useRef<DOMElement>(null);
	// Nothing until measured: drawn whole first, a part taller than the terminal would scroll the
	// screen, and Ink would clear it on every frame after.
	const [cut, setCut] = useState<Cut>({rows: 0, more: 0});
	// Measured after every render: what is above or below may have grown or shrunk.
	useLayoutEffect(() => {
		if (!frame?.current || !shown.current || !whole.current) {
			return;
		}

		const next = cutToFit({
			frame: measureElement(frame.current).height,
			shown: measureElement(shown.current).height,
			whole: measureElement(whole.current).height,
			terminalRows,
		});
		if (next.rows !== cut.rows || next.more !== cut.more) {
			setCut(next);
		}
	});

	return (
		<Box flexDirection="column" ref={shown}>
			<Box flexDirection="column" flexShrink={0} height={cut.rows} overflowY="hidden">
				{/* Out of the flow, so that Yoga gives it its whole height inside the cut. */}
				<Box flexDirection="column" position="absolute" ref={whole} width="100%">
					{children}
				</Box>
			</Box>
			{cut.more > 0 && <Text dimColor>{more(cut.more)}</Text>}
		</Box>
	);
}
