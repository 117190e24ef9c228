import {rm} from 'node:fs/promises';
import type {Profiles} from '../profiles/open-profiles.js';
import type {Profile} from '../profiles/profile.js';
import {pendingRenewals} from './renewal-journal.js';
import {saveRenewal} from './save-renewal.js';

/**
 * Finishes the save of a renewal that an earlier run received but did not store (killed, disk
 * full, keychain locked, paused past its lock): the newest answer that is newer than the stored
 * tokens is stored now. Journals that are done with go; one still being written by a live run
 * (it has not heard from Box yet) stays, and so does one this run cannot open (sealed with a key
 * from a keychain that does not answer now). Throws when the store refuses, leaving them all.
 */
export async function finishPendingRenewals(
	profiles: Profiles,
	profile: Profile,
	now: () => number,
): Promise<Profile> {
	const key = await profiles.secrets.journalKey();
	const found = await pendingRenewals(profiles.configDir, profile.name, key);
	const storedAt = profile.tokens.access?.issuedAt ?? Number.NEGATIVE_INFINITY;
	const newest = found.find((journal) => journal.renewal)?.renewal;
	const current =
		newest && newest.receivedAt > storedAt
			? await saveRenewal(profiles, profile, newest, now)
			: profile;
	for (const journal of found) {
		const unfinished = journal.unreadable || (!journal.renewal && journal.writerAlive);
		if (!unfinished) {
			await rm(journal.path, {force: true});
		}
	}

	return current;
}
