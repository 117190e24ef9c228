import {actsAs} from '../../profiles/acts-as.js';
import type {Profile} from '../../profiles/profile.js';

/**
 * A profile as `--json` gives it (`profiles list`, `profiles add`), never a secret. Its `authType`
 * is the profile's own name for it, which `--auth-type` takes as well as its short word.
 */
export const profileJson = (profile: Profile) => ({
	name: profile.name,
	authType: profile.authType,
	actsAs: actsAs(profile),
	identity: profile.identity ?? null,
	sandbox: profile.sandbox,
	apiUrl: profile.sandbox ? null : profile.urls.apiUrl,
});
