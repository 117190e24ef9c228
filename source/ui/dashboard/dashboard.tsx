import {Box, Static, Text, useApp, useStdin, useStdout} from 'ink';
import {useReducer, useRef} from 'react';
import {type BearerLineFormat, bearerLine} from '../../tokens/bearer-lines.js';
import type {DashboardActions, DashboardExit} from '../../tokens/dashboard-actions.js';
import {nextRenewal} from '../../tokens/renewal-plan.js';
import type {Clock} from '../components/clock.js';
import {hintsText, KeyHints} from '../components/key-hints.js';
import {useTerminalSize} from '../components/use-terminal-size.js';
import {clipboardEscape} from './clipboard.js';
import {dashboardHints} from './dashboard-hints.js';
import {
	type DashboardState,
	dashboardReducer,
	initialDashboardState,
	selectedProfile,
	type TokenMenuPurpose,
} from './dashboard-state.js';
import {ProfileDetail} from './profile-detail.js';
import {RevokeQuestion} from './revoke-question.js';
import {type RowView, rowView, shownExpiries} from './row-view.js';
import {tableColumns, visibleRows} from './table-layout.js';
import {TokenMenu} from './token-menu.js';
import {tokenMenuChoices} from './token-menu-choices.js';
import {TokenTable} from './token-table.js';
import {type DashboardCommands, useDashboardKeys} from './use-dashboard-keys.js';
import {useDisplayTime} from './use-display-time.js';
import {useRenewals} from './use-renewals.js';

export type DashboardProps = {
	readonly actions: DashboardActions;
	readonly clock: Clock;
	/** In [0, 1): each profile's renewal jitter is drawn from it once. */
	readonly random: () => number;
	/** For screen readers: no timers redrawn, a line said for each change instead. */
	readonly plain: boolean;
	/** Called once, as the dashboard leaves. */
	readonly onExit: (exit: DashboardExit) => void;
};

// Lines around the table besides the key hints: the title, the header, the selected row's state
// (up to 3 lines), a notice (up to 2), and the gaps; the frame stays under the terminal's height.
const linesAroundTable = 11;
const fewestRows = 3;
// The detail view's lines besides the diagnostics log, when a diagnosis is shown.
const linesAroundLog = 28;
const fewestExchanges = 3;
const mostExchanges = 10;

function SelectedLine({view, plain}: {readonly view: RowView; readonly plain: boolean}) {
	const more = view.stateKind === 'failing' || view.stateKind === 'unreachable';
	return (
		<Text>
			{plain ? 'Selected: ' : ''}
			{view.name}: {view.state}
			{more ? ' · enter shows the diagnosis and the fix' : ''}
		</Text>
	);
}

type ViewProps = {
	readonly state: DashboardState;
	readonly shown: {readonly first: number; readonly last: number};
	readonly jitterOf: (name: string) => number;
	readonly actions: DashboardActions;
	readonly now: number;
	readonly views: readonly RowView[];
	readonly columns: number;
	readonly rows: number;
};

/** What is under the title: the table, or one profile's detail, menu or question. */
function CurrentView({state, shown, jitterOf, actions, now, views, columns, rows}: ViewProps) {
	const watched = selectedProfile(state);
	const selectedView = views[state.selected];
	if (!state.loaded) {
		return <Text>Reading the profiles…</Text>;
	}

	if (!watched || !selectedView) {
		return <Text>No profiles yet. Press s to set one up.</Text>;
	}

	const {name} = watched.profile;
	const session = state.sessions[name];
	switch (state.view) {
		case 'detail': {
			return (
				<ProfileDetail
					clockOffsetSeconds={actions.clockOffsetSeconds(name)}
					exchanges={actions.exchanges(name)}
					exchangesShown={Math.min(mostExchanges, Math.max(fewestExchanges, rows - linesAroundLog))}
					nextRenewalAt={
						session
							? nextRenewal({profile: watched.profile, ...session, random: jitterOf(name), now})
							: null
					}
					now={now}
					session={session}
					watched={watched}
				/>
			);
		}

		case 'token-menu': {
			return (
				<TokenMenu maskedToken={watched.maskedToken} name={name} purpose={state.menuPurpose} />
			);
		}

		case 'confirm-revoke': {
			return <RevokeQuestion profile={watched.profile} />;
		}

		case 'table': {
			return state.plain ? (
				<SelectedLine plain view={selectedView} />
			) : (
				<Box flexDirection="column" gap={1}>
					<TokenTable
						columns={tableColumns(columns)}
						selected={state.selected}
						shown={shown}
						views={views}
					/>
					<SelectedLine plain={false} view={selectedView} />
				</Box>
			);
		}
	}
}

/**
 * The live token dashboard: a row per profile with its countdown, renewed ahead of expiry by
 * itself, and the details, diagnosis and keys for the selected one. Redrawn only when some text
 * on it changes: a countdown on the minute, an answer from Box, a key.
 */
export function Dashboard({actions, clock, random, plain, onExit}: DashboardProps) {
	const {exit} = useApp();
	const {isRawModeSupported} = useStdin();
	const {write} = useStdout();
	const {columns, rows} = useTerminalSize();
	const [state, dispatch] = useReducer(dashboardReducer, plain, initialDashboardState);
	const {renew, reload, jitterOf} = useRenewals({state, dispatch, actions, clock, random});
	const shownAt = useDisplayTime(shownExpiries(state.profiles), clock, !plain);
	// --plain draws only when something happens, so it may as well say the time of that.
	const now = plain ? clock.now() : shownAt;
	const left = useRef(false);

	const leave = (exitWith: DashboardExit) => {
		if (!left.current) {
			left.current = true;
			onExit(exitWith);
			exit();
		}
	};

	const handOut = async (name: string, format: BearerLineFormat, purpose: TokenMenuPurpose) => {
		let token: string | undefined;
		try {
			token = await actions.bearerToken(name);
		} catch (error) {
			const problem = error instanceof Error ? error.message : String(error);
			dispatch({type: 'said', text: `Could not read ${name}'s token: ${problem}`});
			return;
		}

		if (left.current) {
			return;
		}

		if (!token) {
			dispatch({type: 'said', text: `${name} holds no token yet: r gets one`});
		} else if (purpose === 'print') {
			leave({exitCode: 0, print: bearerLine(format, token)});
		} else {
			write(clipboardEscape(bearerLine(format, token)));
			dispatch({
				type: 'said',
				text: `Copied ${name}'s token as ${tokenMenuChoices.find((choice) => choice.format === format)?.words ?? format} (if your terminal supports OSC 52)`,
			});
		}
	};

	const revoke = async (name: string) => {
		dispatch({type: 'said', text: `Revoking ${name}'s tokens…`});
		let outcome: Awaited<ReturnType<DashboardActions['revoke']>>;
		try {
			outcome = await actions.revoke(name);
		} catch (error) {
			outcome = {ok: false, problem: error instanceof Error ? error.message : String(error)};
		}

		if (!left.current) {
			dispatch(
				outcome.ok
					? {type: 'revoked', name}
					: {type: 'said', text: `${name}: revoking failed: ${outcome.problem}`},
			);
			void reload();
		}
	};

	const commands: DashboardCommands = {
		renew(name) {
			void renew(name);
		},
		handOut(name, format, purpose) {
			void handOut(name, format, purpose);
		},
		revoke(name) {
			void revoke(name);
		},
		leave,
	};
	useDashboardKeys({state, dispatch, commands, isActive: isRawModeSupported});

	const views = state.profiles.map((watched) =>
		rowView(watched, state.sessions[watched.profile.name], now),
	);
	const count = state.profiles.length;
	const hints = dashboardHints(state);
	const hintLines = Math.ceil(hintsText(hints).length / columns);
	const shown = visibleRows(
		count,
		state.selected,
		Math.max(fewestRows, rows - linesAroundTable - hintLines),
	);
	const scrolled =
		shown.last - shown.first < count ? ` (${shown.first + 1}–${shown.last} shown)` : '';
	return (
		<>
			<Static items={[...state.announcements]}>
				{(announcement) => <Text key={announcement.id}>{announcement.text}</Text>}
			</Static>
			<Box flexDirection="column" gap={1}>
				{!plain && (
					<Text bold>
						boxauth dashboard · {count} profile{count === 1 ? '' : 's'}
						{scrolled}
					</Text>
				)}
				<CurrentView
					actions={actions}
					columns={columns}
					jitterOf={jitterOf}
					now={now}
					rows={rows}
					shown={shown}
					state={state}
					views={views}
				/>
				{state.notice && <Text>{state.notice}</Text>}
				<KeyHints hints={hints} />
			</Box>
		</>
	);
}
