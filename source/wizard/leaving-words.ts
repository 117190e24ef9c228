import {wizardStepNames} from '../diagnosis/diagnosis.js';
import type {WizardState} from './wizard-state.js';

/**
 * What the wizard says as the person leaves it before the end: where setup stands, and the
 * command that goes on from there. Nothing once the profile is saved: the last screen says it.
 */
export function leavingWords(state: WizardState): string | undefined {
	if (state.screen === 'done') {
		return undefined;
	}

	const at = `Setup left at ${wizardStepNames[state.screen]}`;
	const name = state.values.profileName;
	// The save may have been written before the process ended: only the profiles can tell.
	if (state.statuses['first-call'] === 'checking') {
		return `${at} while saving the profile: boxauth status shows whether ${name} was saved.`;
	}

	if (state.draftSaved !== undefined) {
		const resume = `boxauth setup --profile ${state.draftSaved}`;
		return state.screen === 'admin-authorization'
			? `${at}: ${resume} picks up here.`
			: `${at}: ${resume} picks up at ${wizardStepNames['admin-authorization']}.`;
	}

	const again = [
		'boxauth setup',
		...(state.sandbox ? ['--sandbox'] : []),
		...(state.profileNameFixed ? [`--profile ${name}`] : []),
	].join(' ');
	return `${at}. Nothing was saved; ${again} starts again.`;
}
