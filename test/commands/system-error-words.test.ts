import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {systemErrorWords} from '../../source/commands/shared/system-error-words.js';
import {ProfileBusyError} from '../../source/tokens/refresh-lock.js';

const systemError = (code: string, path?: string) =>
	Object.assign(new Error(`${code}: something`), {code, ...(path ? {path} : {})});

describe('what the machine refused, in words instead of a stack trace', () => {
	it('names a full disk, a read-only folder and a refused permission, with the path', () => {
		assert.match(
			systemErrorWords(systemError('ENOSPC', '/home/ada/.config/boxauth/secrets.json')) ?? '',
			/could not use \/home\/ada\/\.config\/boxauth\/secrets\.json: the disk is full \(ENOSPC\)/,
		);
		assert.match(systemErrorWords(systemError('EROFS')) ?? '', /read-only \(EROFS\)/);
		assert.match(systemErrorWords(systemError('EACCES')) ?? '', /permission is denied/);
	});

	it('says a profile is busy, and what to do, when another process holds its lock', () => {
		assert.match(
			systemErrorWords(new ProfileBusyError('work')) ?? '',
			/Another boxauth process is renewing or changing the profile work[\s\S]*Try again/,
		);
	});

	it('leaves a bug its stack trace', () => {
		assert.equal(systemErrorWords(new TypeError('x is undefined')), undefined);
		assert.equal(systemErrorWords('a string'), undefined);
	});
});
