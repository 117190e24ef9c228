import {type Advance, stay} from './advance.js';
import {editText, type FieldText, type TextKey} from './field-text.js';
import {type FieldName, fieldChoices} from './setup-fields.js';
import {fieldsToType, submitField} from './typed-steps.js';
import type {WizardEffect} from './wizard-events.js';
import type {WizardState} from './wizard-state.js';

/** A field's text and cursor; a field the cursor has not been in starts at its end. */
export function textOfField(state: WizardState, field: FieldName): FieldText {
	const value = state.values[field];
	const length = Array.from(value).length;
	const offset = state.caret?.field === field ? Math.min(state.caret.offset, length) : length;
	return {value, cursor: offset};
}

function typing(state: WizardState): boolean {
	return (
		state.busy === undefined &&
		state.focus !== undefined &&
		fieldChoices[state.focus] === undefined &&
		fieldsToType(state).includes(state.focus)
	);
}

/**
 * Keys that came in one read, each applied in turn to the field focused when it arrives: Enter
 * submits, and what follows it goes to the field that comes next. Keys typed ahead while Box is
 * being asked, or onto a list of choices, are dropped, as no text has the keyboard then.
 */
export function typeKeys(state: WizardState, keys: readonly TextKey[], now: number): Advance {
	let current = state;
	const effects: WizardEffect[] = [];
	for (const key of keys) {
		if (!typing(current) || current.focus === undefined) {
			break;
		}

		const text = textOfField(current, current.focus);

		if (key.type === 'enter') {
			const submitted = submitField(current, now);
			current = submitted.state;
			effects.push(...submitted.effects);
			continue;
		}

		const edited = editText(text, key);
		current = {
			...current,
			values: {...current.values, [current.focus]: edited.value},
			caret: {field: current.focus, offset: edited.cursor},
		};
	}

	return effects.length === 0 && current === state ? stay(state) : {state: current, effects};
}
