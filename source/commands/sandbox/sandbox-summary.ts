import {authTypeLabels, type SandboxDescription} from '../../sandbox/describe-sandbox.js';
import type {SandboxTls} from '../../sandbox/sandbox-certificate.js';

function table(rows: string[][]): string[] {
	const widths =
		rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
	return rows.map((row) =>
		`  ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}`.trimEnd(),
	);
}

/** A path as one word for a POSIX shell: as it is when it can be, else in single quotes. */
const shellWord = (text: string) =>
	/^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;

/** With `--tls`: where the certificate authority is, and how to trust it. */
function trustLines(sandbox: SandboxDescription, tls: Pick<SandboxTls, 'caFile' | 'made'>) {
	const caFile = shellWord(tls.caFile);
	return [
		'',
		"HTTPS, with a certificate signed by a certificate authority of this sandbox's own, kept in",
		tls.made === 'authority'
			? 'the config folder and made just now: trust it once, and later runs keep it.'
			: 'the config folder: made before, so a trust set up for it still holds.',
		'It can vouch for localhost, 127.0.0.1 and ::1 only. Trust it:',
		...table([
			['CA certificate', tls.caFile],
			['Node.js programs and SDKs', `NODE_EXTRA_CA_CERTS=${caFile} node your-app.js`],
			['curl', `curl --cacert ${caFile} ${sandbox.baseUrl}/_sandbox`],
		]),
	];
}

/**
 * The readable form of `boxauth sandbox`. The credentials are printed in full on purpose: they
 * exist only inside this sandbox and are there to be pasted into a Box SDK or curl.
 */
export function sandboxSummary(
	sandbox: SandboxDescription,
	tls?: Pick<SandboxTls, 'caFile' | 'made'>,
): string {
	const jwtApp = sandbox.apps.find((app) => app.authType === 'jwt');
	const curl = tls ? `curl --cacert ${shellWord(tls.caFile)}` : 'curl';
	return [
		`Box sandbox listening on ${sandbox.baseUrl} (Ctrl+C stops it).`,
		'Everything below works only against this sandbox, never against Box.',
		'',
		...table([
			['API and token base URL', sandbox.baseUrl],
			['Upload base URL', sandbox.uploadUrl],
			['Authorize URL', sandbox.authorizeUrl],
			['Enterprise', `${sandbox.enterprise.name} (ID ${sandbox.enterprise.id})`],
			['Developer token', `${sandbox.developerToken} (60 minutes, acts as the admin)`],
		]),
		...(tls ? trustLines(sandbox, tls) : []),
		'',
		'Users',
		...table([
			['ID', 'Name', 'Login', 'Role'],
			...sandbox.users.map((user) => [user.id, user.name, user.login, user.role]),
		]),
		'',
		'Apps',
		...table([
			['Name', 'Auth type', 'Authorized', 'Client ID', 'Client secret'],
			...sandbox.apps.map((app) => [
				app.name,
				authTypeLabels[app.authType],
				app.authorized ? 'yes' : 'no, waiting for the admin',
				app.clientId,
				app.clientSecret,
			]),
		]),
		...sandbox.apps.flatMap((app) => [
			...(app.redirectUris
				? [`  ${app.name} redirect URI: ${app.redirectUris.join(', ')} (any port on localhost)`]
				: []),
			...(app.appToken ? [`  ${app.name} App Token: ${app.appToken}`] : []),
		]),
		...(jwtApp
			? [
					`  ${jwtApp.name} console config (JSON): ${curl} -s ${sandbox.baseUrl}/_sandbox | jq '.apps[] | select(.authType == "jwt") | .jwtConfig'`,
				]
			: []),
		'',
		'Point a Box SDK at it with these base URLs: baseUrl, uploadUrl, and oauth2Url',
		`${sandbox.baseUrl}/api/oauth2. The admin approves an app with:`,
		`  ${curl} -X POST ${sandbox.baseUrl}/_sandbox/apps/<client ID>/authorize`,
	].join('\n');
}

/** Said on standard error with `--tls` when `--host` lets other machines in. */
export const certificateNamesWarning =
	'The certificate names only localhost, 127.0.0.1 and ::1: a client that reaches the sandbox by another address gets a certificate error.';

/** Said on standard error when `--host` lets other machines in. */
export const exposureWarning = (host: string) =>
	[
		`Warning: with --host ${host} the sandbox answers other machines, not only this one.`,
		'Anyone who can reach it can read every demo app’s client secret, the JWT app’s private key,',
		'the developer token and the App Token from /_sandbox, get tokens, approve apps and move its',
		'clock. Use it only on a network you trust; without --host it stays on 127.0.0.1.',
	].join('\n');
