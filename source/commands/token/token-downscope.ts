import {
	type DownscopeTarget,
	downscopeScopes,
	downscopeTarget,
	scopeWords,
} from '../../box/downscope-scopes.js';
import {downscopeToken} from '../../box/downscope-token.js';
import type {IssuedToken} from '../../box/token-request.js';
import {diagnose} from '../../diagnosis/diagnose.js';
import type {Profile} from '../../profiles/profile.js';
import {closestWord} from '../closest-word.js';
import {type CommandInput, UsageError} from '../command-input.js';
import {connectProfile} from '../shared/connect-profile.js';
import {connectionOptions} from '../shared/connection-options.js';
import {exitCodeOf} from '../shared/exit-codes.js';
import {formatDiagnosis} from '../shared/format-diagnosis.js';
import {jsonText} from '../shared/json-output.js';
import {formatToken, type TokenFormat, type TokenOutput} from './token-command.js';

// `boxauth token --scope SCOPES [--resource URL]`: the profile's token, exchanged at Box for a
// narrower one (a few scopes, maybe one file or folder) to hand to a browser or a script. The
// narrower token is derived and short-lived: it is printed, never stored.

/** What `--scope` and `--resource` asked for, checked. */
export type Downscope = {scopes: string[]; target?: DownscopeTarget};

/** Box's URL for the examples in the messages: a profile's own is not known yet. */
const boxApiUrl = 'https://api.box.com';

/** `"item_previw" is not one of Box's downscope scopes. Did you mean item_preview?` */
function unknownScope(word: string): string {
	const meant = closestWord(word, downscopeScopes);
	return `"${word}" is not one of Box's downscope scopes.${meant ? ` Did you mean ${meant}?` : ''}`;
}

/**
 * `--scope` and `--resource` read and checked before any profile is opened: an unknown scope,
 * an empty list or a resource that is no API URL is bad usage (exit 2), said word by word.
 */
export function downscopeOption(
	scope: string | undefined,
	resource: string | undefined,
): Downscope {
	if (scope === undefined) {
		throw new UsageError(
			'--resource narrows a downscoped token to one file or folder, so it needs --scope: as in --scope item_preview --resource https://api.box.com/2.0/files/123.',
		);
	}

	const scopes = scopeWords(scope);
	if (scopes.length === 0) {
		throw new UsageError('--scope needs at least one scope, as in --scope item_preview.');
	}

	const unknown = scopes.filter((word) => !downscopeScopes.includes(word));
	if (unknown.length > 0) {
		throw new UsageError(
			[
				...unknown.map((word) => unknownScope(word)),
				`The scopes: ${downscopeScopes.join(', ')}.`,
			].join('\n'),
		);
	}

	if (resource === undefined) {
		return {scopes};
	}

	const read = downscopeTarget(resource, boxApiUrl);
	if (!read.ok) {
		throw new UsageError(read.problem);
	}

	return {scopes, target: read.target};
}

/**
 * The downscoped token as JSON, in boxauth's style like `boxauth token --format json` (camelCase,
 * a `version`), with what was asked and `restrictedTo` as Box sent it (its objects Box's own).
 */
function downscopedJson(
	token: IssuedToken,
	downscope: Downscope,
	profile: Profile,
	now: number,
	pretty: boolean,
): string {
	const expiresAt = token.receivedAt + token.expiresIn * 1000;
	const {target} = downscope;
	return jsonText(
		{
			accessToken: token.accessToken,
			tokenType: 'bearer',
			...(token.issuedTokenType ? {issuedTokenType: token.issuedTokenType} : {}),
			expiresAt: new Date(expiresAt).toISOString(),
			expiresIn: Math.floor((expiresAt - now) / 1000),
			profile: profile.name,
			scopes: downscope.scopes,
			...(target && 'resource' in target ? {resource: target.resource} : {}),
			...(target && 'sharedLink' in target ? {boxSharedLink: target.sharedLink} : {}),
			restrictedTo: token.restrictedTo,
		},
		pretty,
	);
}

/**
 * Instead of printing the profile's token: exchange it at Box for the downscoped one and print
 * that in the format asked; or, when Box refuses, say why on stderr and exit 1.
 */
export function downscopedOutput(
	downscope: Downscope,
	format: TokenFormat,
	input: CommandInput,
	configDir: string,
): TokenOutput {
	const {streams, now} = input;
	return async ({accessToken, profile}) => {
		const {connection, close} = await connectProfile(profile, configDir, connectionOptions(input));
		const {target} = downscope;
		let result: Awaited<ReturnType<typeof downscopeToken>>;
		try {
			result = await downscopeToken(connection, {
				subjectToken: accessToken,
				scopes: downscope.scopes,
				...(target && 'resource' in target ? {resource: target.resource} : {}),
				...(target && 'sharedLink' in target ? {sharedLink: target.sharedLink} : {}),
				authType: profile.authType,
			});
		} finally {
			await close();
		}

		if (!result.ok) {
			const diagnosis = diagnose(result.failure);
			streams.stderr.write(`${formatDiagnosis(diagnosis, result.failure, profile.name)}\n`);
			return exitCodeOf(diagnosis);
		}

		const token = result.value;
		const pretty = streams.stdout.isTTY === true;
		const expiresAt = token.receivedAt + token.expiresIn * 1000;
		streams.stdout.write(
			`${
				format === 'json'
					? downscopedJson(token, downscope, profile, now(), pretty)
					: formatToken(format, {accessToken: token.accessToken, expiresAt, profile}, now(), pretty)
			}\n`,
		);
		return 0;
	};
}
