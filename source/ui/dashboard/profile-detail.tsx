import {Box, Text} from 'ink';
import {authTypes} from '../../box/auth-types.js';
import type {RecordedExchange} from '../../box/exchange-log.js';
import {forProfile} from '../../diagnosis/for-profile.js';
import {identityWords} from '../../profiles/acts-as.js';
import type {WatchedProfile} from '../../tokens/dashboard-actions.js';
import {rowState} from '../../tokens/row-state.js';
import {NumberedLines} from '../components/numbered-lines.js';
import {clockTime} from './clock-words.js';
import type {RowSession} from './dashboard-state.js';
import {clockOffsetWords, exchangeWords, tokenMetadata} from './detail-words.js';

export type ProfileDetailProps = {
	readonly watched: WatchedProfile;
	readonly session: RowSession | undefined;
	readonly now: number;
	readonly exchanges: readonly RecordedExchange[];
	readonly clockOffsetSeconds: number | undefined;
	/** When the dashboard next asks Box about this profile; null for not on its own. */
	readonly nextRenewalAt: number | null;
	/** How many of the latest exchanges fit on screen. */
	readonly exchangesShown: number;
};

function whereWords({profile}: WatchedProfile): string {
	if (profile.sandbox) {
		return "boxauth's sandbox";
	}

	const {apiUrl} = profile.urls;
	return URL.canParse(apiUrl) ? new URL(apiUrl).host : apiUrl;
}

function renewalWords(props: ProfileDetailProps): string {
	const means = authTypes[props.watched.profile.authType].renewal;
	if (means.kind === 'none') {
		return `not possible: ${means.why}`;
	}

	if (!props.session?.autoRefresh) {
		return 'off: r renews now, a turns it on';
	}

	return props.nextRenewalAt === null
		? 'on'
		: `on, next at ${clockTime(Math.max(props.nextRenewalAt, props.now))}`;
}

function Field({label, children}: {readonly label: string; readonly children: string}) {
	return (
		<Text>
			<Text dimColor>{label}: </Text>
			{children}
		</Text>
	);
}

function Trouble({
	session,
	profileName,
}: {
	readonly session: RowSession;
	readonly profileName: string;
}) {
	const {trouble} = session;
	if (!trouble) {
		return null;
	}

	const {boxSaid} = trouble;
	const diagnosis = forProfile(trouble.diagnosis, profileName);
	return (
		<Box flexDirection="column">
			<Text bold>Problem: {diagnosis.what}</Text>
			{diagnosis.why.length > 0 && (
				<Box flexDirection="column">
					<Text dimColor>Why, most likely first:</Text>
					{diagnosis.why.map((why) => (
						<Text key={why}>- {why}</Text>
					))}
				</Box>
			)}
			{diagnosis.fix.length > 0 && (
				<Box flexDirection="column">
					<Text dimColor>What to do:</Text>
					<NumberedLines lines={diagnosis.fix} />
				</Box>
			)}
			{boxSaid && <Field label="Box said">{boxSaid}</Field>}
			<Field label="Docs">{diagnosis.docs}</Field>
			<Field label="Failed renewals in a row">{String(session.failuresSoFar)}</Field>
		</Box>
	);
}

/** Everything known about one profile: its tokens, who they act as, the clock, the exchanges. */
export function ProfileDetail(props: ProfileDetailProps) {
	const {watched, session, now, exchanges} = props;
	const {profile} = watched;
	const state = rowState(
		{profile, renewing: session?.renewing ?? false, trouble: session?.trouble},
		now,
	);
	const shown = exchanges.slice(-props.exchangesShown);
	const {lastCheck} = profile;
	return (
		<Box flexDirection="column" gap={1}>
			<Box flexDirection="column">
				<Text bold>
					{profile.name} · {authTypes[profile.authType].label} · {whereWords(watched)}
				</Text>
				<Field label="State">{state.words}</Field>
				<Field label="Acts as">{identityWords(profile)}</Field>
				<Field label="Token">{watched.maskedToken ?? 'none held'}</Field>
				{tokenMetadata(profile, now).map((line) => (
					<Text key={line}>{line}</Text>
				))}
				<Field label="Auto-refresh">{renewalWords(props)}</Field>
				<Field label="Clock">{clockOffsetWords(props.clockOffsetSeconds)}</Field>
				<Field label="Last check">
					{lastCheck
						? `${lastCheck.ok ? 'ok' : 'FAILED'} at ${clockTime(lastCheck.at)}: ${lastCheck.summary}`
						: 'none yet'}
				</Field>
			</Box>
			{session && <Trouble profileName={profile.name} session={session} />}
			<Box flexDirection="column">
				<Text dimColor>
					Diagnostics log
					{exchanges.length > shown.length
						? ` (latest ${shown.length} of ${exchanges.length} exchanges)`
						: ''}
					:
				</Text>
				{shown.length === 0 ? (
					<Text>No exchanges with Box yet.</Text>
				) : (
					shown.map((exchange) => (
						<Text
							key={`${exchange.startedAt} ${exchange.method} ${exchange.url} ${exchange.attempt} ${exchange.requestId}`}
						>
							{exchangeWords(exchange)}
						</Text>
					))
				)}
			</Box>
		</Box>
	);
}
