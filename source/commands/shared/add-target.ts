import type {BoxConnection} from '../../box/box-connection.js';
import {type BoxUrls, resolveBoxUrls} from '../../box/box-urls.js';
import {openConnection} from '../../box/open-connection.js';
import {fetchFromSandbox} from '../../box/sandbox-trust.js';
import type {SandboxDescription} from '../../sandbox/describe-sandbox.js';
import type {CommandInput} from '../command-input.js';
import type {AddRequest} from './add-request.js';
import {connectToSavedSandbox} from './connect-profile.js';
import {connectionOptions} from './connection-options.js';

/** boxauth's saved sandbox, as a new profile sees it: its demo apps and its console. */
export type SandboxDemo = {
	description: SandboxDescription;
	/** Started by this process: it stops when the command ends. */
	inThisProcess: boolean;
	/** What "Generate Developer Token" does in the console, for the sandbox's admin. */
	newDeveloperToken(): Promise<string>;
	/** What the admin's Authorize in Platform Apps Manager does. */
	approveApp(clientId: string): Promise<void>;
};

/** Where a new profile's credentials are checked. */
export type AddTarget = {
	connection: BoxConnection;
	urls: BoxUrls;
	sandbox?: SandboxDemo;
	close(): Promise<void>;
};

/**
 * Box (or --base-url), or the saved sandbox started in this process for --sandbox. Only where to
 * connect is read from the request, so that an import of several profiles opens one target.
 */
export async function openAddTarget(
	request: Pick<AddRequest, 'sandbox' | 'baseUrl'> & Partial<AddRequest>,
	configDir: string,
	{environment, streams}: Pick<CommandInput, 'environment' | 'streams'>,
): Promise<AddTarget> {
	const connecting = connectionOptions({environment, streams});
	if (!request.sandbox) {
		const urls = resolveBoxUrls(
			request.baseUrl === undefined ? {} : {apiUrl: request.baseUrl},
			environment,
		);
		const connection = openConnection(urls, connecting);
		return {connection, urls, close: () => connection.transport.close()};
	}

	const {connection, urls, sandbox, close} = await connectToSavedSandbox(configDir, connecting);
	return {
		connection,
		urls,
		sandbox: {
			description: await sandbox.describe(),
			inThisProcess: sandbox.inThisProcess,
			async newDeveloperToken() {
				// Through the sandbox's console surface, as a person would click it: the admin's
				// saved token may be long expired, and a newcomer should not start with a failure.
				const response = await fetchFromSandbox(`${urls.apiUrl}/_sandbox/developer-token`, {
					method: 'POST',
					body: '{}',
				});
				const {developerToken} = (await response.json()) as {developerToken?: unknown};
				if (typeof developerToken !== 'string') {
					throw new TypeError(`the sandbox answered ${response.status} without a developer token`);
				}

				return developerToken;
			},
			async approveApp(clientId) {
				const response = await fetchFromSandbox(
					`${urls.apiUrl}/_sandbox/apps/${encodeURIComponent(clientId)}/authorize`,
					{method: 'POST', body: '{}'},
				);
				if (!response.ok) {
					throw new Error(`the sandbox answered ${response.status}`);
				}
			},
		},
		close,
	};
}
