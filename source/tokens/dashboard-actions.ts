import type {RecordedExchange} from '../box/exchange-log.js';
import type {Diagnosis} from '../diagnosis/diagnosis.js';
import type {Profile} from '../profiles/profile.js';

/** A profile as the dashboard watches it: what is stored, and its token masked. */
export type WatchedProfile = {
	profile: Profile;
	/** The bearer token with all but its first characters hidden; undefined when none is held. */
	maskedToken?: string;
};

/** Why the last renewal or check of a profile failed, explained. */
export type ProfileTrouble = {
	diagnosis: Diagnosis;
	/** Box's answer in one line (status, code, text), secrets masked. */
	boxSaid?: string;
	/** No HTTP answer at all: DNS, refused, reset, timeout, TLS, proxy. */
	unreachable: boolean;
};

export type RenewAnswer =
	| {ok: true; watched: WatchedProfile; renewed: boolean}
	| ({ok: false; watched: WatchedProfile} & ProfileTrouble);

/**
 * What the dashboard does in the world, provided by the commands layer (and by fakes in tests):
 * profiles from the settings file, renewals through the token lifecycle, revocation at Box.
 */
export type DashboardActions = {
	/** Every profile as stored now; called again whenever the settings change. */
	loadProfiles(): Promise<WatchedProfile[]>;
	/** Renews the profile's access token (CCG, JWT, OAuth) or checks a console token with Box. */
	renew(name: string): Promise<RenewAnswer>;
	/**
	 * Asks Box whether it takes the token the profile holds, in one light request, and keeps the
	 * answer as the profile's last check; ok with nothing to ask when no live token is held.
	 */
	check(name: string): Promise<RenewAnswer>;
	/** Revokes the profile's tokens at Box and forgets them. */
	revoke(name: string): Promise<{ok: true} | {ok: false; problem: string}>;
	/** The bearer token in full, for the clipboard or for printing after the dashboard closes. */
	bearerToken(name: string): Promise<string | undefined>;
	/** The profile's recent HTTP exchanges, oldest first, every secret masked. */
	exchanges(name: string): readonly RecordedExchange[];
	/** This machine's clock minus Box's, in seconds, from the profile's latest answer. */
	clockOffsetSeconds(name: string): number | undefined;
	/** Calls `listener` when another process (such as `boxauth token`) changed the settings. */
	watchProfiles(listener: () => void): () => void;
};

/** What the user asked for on leaving the dashboard: another command, or a token printed. */
export type DashboardExit = {
	exitCode: number;
	next?: {command: 'doctor' | 'setup'; profile?: string};
	/** Printed on stdout once the screen is given back: the token as a header, curl or env line. */
	print?: string;
};
