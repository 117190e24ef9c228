import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {AuthType} from '../../source/box/auth-types.js';
import * as consolePaths from '../../source/box/console-paths.js';
import {adminAuthorizationSteps, adminMessage} from '../../source/wizard/admin-authorization.js';
import {authTypeChoices} from '../../source/wizard/auth-type-choices.js';
import {createAppInstructions} from '../../source/wizard/create-app-instructions.js';

const clientId = 'k3c9x1z8q0w2e4r6t5y7u9i1o3p5a7s9';

const allSteps = (authType: AuthType, redirectUri?: string) =>
	createAppInstructions(authType, redirectUri === undefined ? {} : {redirectUri}).steps.join('\n');

describe('the auth type choices', () => {
	it('lists every auth type once, from the quickest to try', () => {
		assert.deepEqual(
			authTypeChoices.map((choice) => choice.authType),
			['developer-token', 'ccg', 'jwt', 'oauth', 'app-token'],
		);
	});

	it("uses the console's names and Box's lifetimes", () => {
		const byType = new Map(authTypeChoices.map((choice) => [choice.authType, choice]));
		assert.equal(byType.get('ccg')?.label, 'Client Credentials Grant');
		assert.match(byType.get('developer-token')?.tokenLife ?? '', /60 minutes, no refresh/);
		assert.match(byType.get('oauth')?.tokenLife ?? '', /60 minutes.*60 days.*single use/);
		assert.match(byType.get('app-token')?.tokenLife ?? '', /30 days, 60 days or never/);
		assert.match(byType.get('jwt')?.tradeOff ?? '', /admin must authorize/);
		assert.match(byType.get('app-token')?.tradeOff ?? '', /Limited Access App/);
	});
});

describe('the console clicks that create the app', () => {
	const methods: Record<AuthType, string> = {
		'developer-token': 'User Authentication (OAuth 2.0)',
		ccg: 'Server Authentication (with Client Credentials Grant)',
		jwt: 'Server Authentication (with JWT)',
		oauth: 'User Authentication (OAuth 2.0)',
		'app-token': 'Limited Access App',
	};
	for (const [authType, method] of Object.entries(methods) as Array<[AuthType, string]>) {
		it(`start in the Developer Console with ${method} for ${authType}`, () => {
			const instructions = createAppInstructions(authType);
			assert.equal(instructions.consoleUrl, 'https://app.box.com/developers/console');
			assert.match(instructions.steps[0] ?? '', /Create Platform App/);
			assert.ok(instructions.steps[0]?.includes(method), `the first step names ${method}`);
			assert.ok(instructions.fields.length > 0, 'says what is typed next');
		});
	}

	it("give the console's address once, then places inside it", () => {
		for (const authType of Object.keys(methods) as AuthType[]) {
			const steps = allSteps(authType);
			assert.ok(!steps.includes(consolePaths.developerConsoleUrl), `${authType}: said once`);
			assert.doesNotMatch(steps, /Developer Console \(/, `${authType}: no full path`);
		}
	});

	it('sets the access level and scopes for the server apps, saying why', () => {
		for (const authType of ['ccg', 'jwt'] as const) {
			const steps = allSteps(authType);
			assert.match(steps, /App Access Only .* App \+ Enterprise Access/);
			assert.match(steps, /Read all files and folders/);
			assert.match(steps, /Write all files and folders .* upload/);
			assert.match(steps, /Save Changes/);
		}
	});

	it('asks for the Client ID and Client Secret for CCG and OAuth 2.0', () => {
		for (const authType of ['ccg', 'oauth'] as const) {
			assert.match(allSteps(authType), /Fetch Client Secret/);
			assert.deepEqual(createAppInstructions(authType).fields, [
				'the Client ID',
				'the Client Secret (hidden as you type)',
			]);
		}
	});

	it('registers the redirect URI boxauth will listen on, for OAuth 2.0', () => {
		const uri = 'http://127.0.0.1:53124/callback';
		assert.match(
			allSteps('oauth', uri),
			/OAuth 2\.0 Redirect URI, add http:\/\/127\.0\.0\.1:53124\/callback/,
		);
		assert.match(allSteps('oauth'), /Redirect URI, add http:\/\/localhost:3000\/callback/);
		assert.doesNotMatch(allSteps('ccg'), /Redirect URI/);
	});

	it('downloads the JSON config with a generated key pair for JWT', () => {
		assert.match(
			allSteps('jwt'),
			/Add and Manage Public Keys, click Generate a Public\/Private Keypair/,
		);
		assert.match(createAppInstructions('jwt').fields[0] ?? '', /JSON config file/);
	});

	it('generates the token in the console for a Developer Token and an App Token', () => {
		assert.match(allSteps('developer-token'), /Generate Developer Token .* 60 minutes/);
		assert.match(allSteps('app-token'), /authorized, click .*Primary Access Token > Generate Key/);
		assert.match(allSteps('app-token'), /30 days, 60 days or never/);
	});
});

describe('admin authorization', () => {
	it('says how to submit the app, find the admin, and what the admin clicks', () => {
		const steps = adminAuthorizationSteps(clientId).join('\n');
		assert.match(steps, /Authorization > Review and Submit/);
		assert.match(steps, /Account Settings > Account > Admin Contact/);
		assert.match(
			steps,
			/Admin Console > Integrations > Platform Apps Manager > Server Authentication Apps > Add App/,
		);
		assert.ok(steps.includes(clientId), 'the steps carry the client ID');
		assert.match(steps, /Enable App/, 'and name the second switch, enabling');
	});

	it('tells the OAuth 2.0 and Developer Token paths when an admin must enable the app', () => {
		for (const authType of ['oauth', 'developer-token'] as const) {
			assert.match(
				createAppInstructions(authType).steps.join('\n'),
				/Enablement > Review and Submit for an admin to enable/,
			);
		}
	});

	it('writes a ready message for the admin with the client ID and the clicks', () => {
		const message = adminMessage({clientId, authType: 'ccg', appName: 'Invoice Sync'});
		assert.ok(message.includes(`Client ID: ${clientId}`), 'the message carries the client ID');
		assert.ok(message.includes('"Invoice Sync"'), 'the message names the app');
		assert.match(message, /Client Credentials Grant/);
		assert.match(
			message,
			/Admin Console > Integrations > Platform Apps Manager > Server Authentication Apps > Add App/,
		);
		assert.match(message, /Reauthorize App/);
		assert.match(message, /^Hello, could you authorize and enable/);
		assert.match(message, /Enable App/);
		assert.ok(message.includes(`\n\nClient ID: ${clientId}\n\n`), 'the client ID on a line apart');
	});

	it('still reads well without the app name', () => {
		const message = adminMessage({clientId, authType: 'jwt'});
		assert.match(message, /authorize and enable my Box app for our enterprise\? It uses JWT/);
	});
});

describe('the places inside the Developer Console', () => {
	it('end the full paths of the same name, so that both name the same place', () => {
		const fullPaths: Record<string, unknown> = consolePaths;
		for (const [name, place] of Object.entries(consolePaths.inConsole)) {
			const full = fullPaths[name];
			assert.ok(typeof full === 'string' && full.endsWith(` > ${place}`), `${name}: ${place}`);
		}

		assert.ok(
			consolePaths.adminReauthorize.endsWith(` > ${consolePaths.reauthorizeInAppsManager}`),
			'the reauthorize clicks',
		);
	});
});
