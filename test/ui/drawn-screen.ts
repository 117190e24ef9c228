import {setImmediate as nextTurn} from 'node:timers/promises';
import {stripVTControlCharacters} from 'node:util';
import type {render} from 'ink-testing-library';

/**
 * Lets React finish what a key or a clock move set off: its render, Ink's frame and the effects
 * after it (where a new screen's key handlers start listening), which React's scheduler runs on
 * later turns of the event loop. Done once the frames stop changing for a few turns: no wait on
 * the real clock.
 */
export async function settle(instance: ReturnType<typeof render>): Promise<void> {
	let quietTurns = 0;
	let seen = instance.frames.length;
	for (let turn = 0; turn < 200 && quietTurns < 5; turn++) {
		await nextTurn();
		quietTurns = instance.frames.length === seen ? quietTurns + 1 : 0;
		seen = instance.frames.length;
	}
}

/** The keys and the waits every component test needs, over an ink-testing-library instance. */
export function drawnScreen(instance: ReturnType<typeof render>) {
	// With CI set, Ink ends by writing its last non-debug frame, which a debug render never
	// fills: a blank frame after the real last one, which a terminal would not show.
	const screen = () =>
		stripVTControlCharacters(
			[...instance.frames].reverse().find((frame) => frame.trim() !== '') ?? '',
		);
	return {
		screen,
		/** Types text (one chunk, as a paste) or a key, then lets React draw. */
		async type(text: string) {
			instance.stdin.write(text);
			await settle(instance);
		},
		async waitFor(expected: string | RegExp, timeoutMs = 2000): Promise<string> {
			const until = Date.now() + timeoutMs;
			for (;;) {
				const shown = screen();
				const found =
					typeof expected === 'string' ? shown.includes(expected) : expected.test(shown);
				if (found) {
					// Ink draws a frame before React runs its effects, where the new screen's text boxes
					// and key handlers start listening: a key typed at once would be lost, as no person
					// could type it.
					await settle(instance);
					return shown;
				}

				if (Date.now() > until) {
					throw new Error(`never shown: ${String(expected)}\n--- screen ---\n${shown}`);
				}

				await nextTurn();
			}
		},
	};
}
