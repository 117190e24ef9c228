import type {Key} from 'ink';
import {keysOfTyped, type TextKey} from '../../wizard/field-text.js';

/**
 * The text keys in what Ink read: one key it named, or a run of characters (a paste, keys typed
 * ahead or repeated) read key by key. Ink names the Backspace key "delete" (DEL, 0x7F), as most
 * terminals send it, so both delete to the left. Keys that are not for the text (↑, ↓, Tab, Esc)
 * are left to the screen.
 */
export function textKeysOf(input: string, key: Key): TextKey[] {
	if (key.return) {
		return [{type: 'enter'}];
	}

	if (key.backspace || key.delete) {
		return [{type: 'backspace'}];
	}

	if (key.leftArrow) {
		return [{type: 'left'}];
	}

	if (key.rightArrow) {
		return [{type: 'right'}];
	}

	if (key.home) {
		return [{type: 'home'}];
	}

	if (key.end) {
		return [{type: 'end'}];
	}

	// Ink names a lone control character by its letter: Ctrl+U arrives as ctrl and "u".
	if (key.ctrl && /^[a-z]$/.test(input)) {
		return keysOfTyped(String.fromCharCode(input.charCodeAt(0) - 96));
	}

	if (key.meta || key.upArrow || key.downArrow || key.tab || key.escape) {
		return [];
	}

	return keysOfTyped(input);
}

/** The key that shows a hidden field's text as typed, and hides it again. */
export const isRevealKey = (input: string, key: Key) => key.ctrl && input === 'r';
