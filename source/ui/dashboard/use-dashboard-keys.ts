import {useInput} from 'ink';
import type {Dispatch} from 'react';
import type {BearerLineFormat} from '../../tokens/bearer-lines.js';
import type {DashboardExit} from '../../tokens/dashboard-actions.js';
import {
	type DashboardEvent,
	type DashboardState,
	selectedProfile,
	type TokenMenuPurpose,
} from './dashboard-state.js';
import {tokenMenuFormatOf} from './token-menu-choices.js';

/** What the keys ask for beyond the dashboard's own state. */
export type DashboardCommands = {
	readonly renew: (name: string) => void;
	readonly handOut: (name: string, format: BearerLineFormat, purpose: TokenMenuPurpose) => void;
	readonly revoke: (name: string) => void;
	readonly leave: (exit: DashboardExit) => void;
};

type Options = {
	readonly state: DashboardState;
	readonly dispatch: Dispatch<DashboardEvent>;
	readonly commands: DashboardCommands;
	readonly isActive: boolean;
};

/**
 * The dashboard's keys. Esc closes a menu or the detail view, and leaves from the table; a menu
 * or question takes only its own keys; Ctrl+C leaves from anywhere with 130.
 */
export function useDashboardKeys({state, dispatch, commands, isActive}: Options): void {
	useInput(
		(input, key) => {
			if (key.ctrl && input === 'c') {
				commands.leave({exitCode: 130});
				return;
			}

			const name = selectedProfile(state)?.profile.name;
			if (state.view === 'token-menu') {
				const format = tokenMenuFormatOf(input);
				if (format && name) {
					dispatch({type: 'view-closed'});
					commands.handOut(name, format, state.menuPurpose);
				} else if (key.escape) {
					dispatch({type: 'view-closed'});
				}

				return;
			}

			if (state.view === 'confirm-revoke') {
				if (input === 'y' && name) {
					dispatch({type: 'view-closed'});
					commands.revoke(name);
				} else if (input === 'n' || key.escape) {
					dispatch({type: 'view-closed'});
				}

				return;
			}

			if (key.escape && state.view === 'detail') {
				dispatch({type: 'view-closed'});
			} else if (input === 'q' || key.escape) {
				commands.leave({exitCode: 0});
			} else if (input === 's') {
				commands.leave({exitCode: 0, next: {command: 'setup'}});
			} else if (key.upArrow) {
				dispatch({type: 'selection-moved', by: -1});
			} else if (key.downArrow) {
				dispatch({type: 'selection-moved', by: 1});
			} else if (name) {
				profileKey(input, key.return, name, state, dispatch, commands);
			}
		},
		{isActive},
	);
}

/** The keys that act on the selected profile. */
function profileKey(
	input: string,
	enter: boolean,
	name: string,
	state: DashboardState,
	dispatch: Dispatch<DashboardEvent>,
	commands: DashboardCommands,
): void {
	if (enter) {
		dispatch(
			state.view === 'detail' ? {type: 'view-closed'} : {type: 'view-opened', view: 'detail'},
		);
	} else if (input === 'r') {
		commands.renew(name);
	} else if (input === 'a') {
		dispatch({type: 'auto-refresh-toggled', name});
	} else if (input === 'c' || input === 'P') {
		dispatch({type: 'view-opened', view: 'token-menu', purpose: input === 'c' ? 'copy' : 'print'});
	} else if (input === 'x') {
		dispatch({type: 'view-opened', view: 'confirm-revoke'});
	} else if (input === 'd') {
		commands.leave({exitCode: 0, next: {command: 'doctor', profile: name}});
	}
}
