import type {AuthType} from '../../box/auth-types.js';
import {isJwtSkewRisky} from '../../box/clock-offset.js';
import {diagnose, isRecognised} from '../../diagnosis/diagnose.js';
import {type Check, failed, passed, skipped, warning} from './check.js';

const described = (offsetSeconds: number) =>
	`This machine's clock is ${Math.abs(offsetSeconds)} s ${offsetSeconds < 0 ? 'behind' : 'ahead of'} Box's`;

/**
 * This machine's clock against Box's `Date` header. Only a JWT assertion depends on it, so only
 * JWT profiles fail on it; for the others an offset is worth a warning (times shown are off).
 */
export function checkClock(authType: AuthType, offsetSeconds: number | undefined): Check {
	if (offsetSeconds === undefined) {
		return skipped('clock', "Box's answer carried no Date header to compare with");
	}

	if (!isJwtSkewRisky(offsetSeconds)) {
		return passed(
			'clock',
			offsetSeconds === 0
				? "This machine's clock agrees with Box's"
				: `${described(offsetSeconds)}: close enough`,
		);
	}

	if (authType === 'jwt') {
		const failure = {
			text: described(offsetSeconds),
			context: {authType, clockOffsetSeconds: offsetSeconds},
		};
		const diagnosis = diagnose(failure);
		// The diagnosis table's limit (30 s, for the assertions Box's SDK makes) is wider than
		// boxauth's own (15 s): in between, some assertions fail and some don't, so it warns.
		if (isRecognised(diagnosis)) {
			return failed('clock', failure, diagnosis);
		}

		return warning(
			'clock',
			`${described(offsetSeconds)}: close to the limit for JWT assertions; sync the clock`,
		);
	}

	return warning(
		'clock',
		`${described(offsetSeconds)}: tokens don't mind, but the times boxauth shows will be off`,
	);
}
