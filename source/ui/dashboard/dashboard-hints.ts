import type {KeyHint} from '../components/key-hints.js';
import type {DashboardState} from './dashboard-state.js';
import {tokenMenuChoices} from './token-menu-choices.js';

const profileKeys: readonly KeyHint[] = [
	{keys: 'r', action: 'refresh now'},
	{keys: 'a', action: 'auto-refresh on/off'},
	{keys: 'c', action: 'copy token'},
	{keys: 'P', action: 'print token and leave'},
	{keys: 'x', action: 'revoke'},
	{keys: 'd', action: 'doctor'},
];

const leaving: readonly KeyHint[] = [
	{keys: 's', action: 'set up a new profile'},
	{keys: 'q', action: 'quit'},
];

/** The keys that work in the dashboard's current view. */
export function dashboardHints(state: DashboardState): readonly KeyHint[] {
	if (state.profiles.length === 0) {
		return leaving;
	}

	switch (state.view) {
		case 'table': {
			return [
				{keys: '↑↓', action: 'select'},
				{keys: 'enter', action: 'details'},
				...profileKeys,
				...leaving,
			];
		}

		case 'detail': {
			return [{keys: 'esc', action: 'back'}, ...profileKeys, ...leaving];
		}

		case 'token-menu': {
			return [
				...tokenMenuChoices.map(({key, hint}) => ({keys: key, action: hint})),
				{keys: 'esc', action: 'cancel'},
			];
		}

		case 'confirm-revoke': {
			return [
				{keys: 'y', action: 'revoke'},
				{keys: 'n', action: 'keep'},
			];
		}
	}
}
