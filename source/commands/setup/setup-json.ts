import type {SetupResult} from './setup-without-screens.js';

/** What `boxauth setup --json` prints: the outcome, and for a failure its diagnosis. */
export function setupJson({exitCode, state}: SetupResult) {
	const failure = state.failure?.failure;
	return {
		ok: exitCode === 0,
		profile: state.values.profileName,
		authType: state.authType,
		step: state.screen,
		...(state.firstCall?.identity ? {actsAs: state.firstCall.identity} : {}),
		...(state.saved ? {saved: state.saved} : {}),
		...(state.screen === 'admin-authorization' ? {waitingFor: 'admin-authorization'} : {}),
		...(failure
			? {
					failure:
						'problem' in failure
							? {problem: failure.problem}
							: {
									diagnosis: failure.diagnosis.id,
									what: failure.diagnosis.what,
									fix: failure.diagnosis.fix,
									...(failure.diagnosis.remedy ? {remedy: failure.diagnosis.remedy} : {}),
									...(failure.boxSaid ? {boxSaid: failure.boxSaid} : {}),
								},
				}
			: {}),
	};
}
