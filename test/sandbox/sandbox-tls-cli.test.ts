import assert from 'node:assert/strict';
import {readFileSync, statSync} from 'node:fs';
import {request} from 'node:https';
import {afterEach, describe, it} from 'node:test';
import {isolatedHome} from '../helpers/isolated-environment.js';
import {runCli} from '../helpers/run-cli.js';

// `boxauth sandbox --tls` as a person runs it (the built CLI, `npm run build` first): it serves
// HTTPS, says how to trust its certificate, and the trust it prints works; the other boxauth
// commands, run beside it in the same config folder, trust it by themselves.

type Described = {
	baseUrl: string;
	caCertificate?: string;
	enterprise: {id: string};
	apps: Array<{name: string; clientId: string; clientSecret: string}>;
};

/** One HTTPS request trusting the CA file only, as `curl --cacert FILE` would. */
function httpsJson(
	url: string,
	ca: string,
	form?: Record<string, string>,
): Promise<{status: number; json: Record<string, unknown>}> {
	const body = form ? new URLSearchParams(form).toString() : undefined;
	return new Promise((resolve, reject) => {
		const outgoing = request(
			url,
			{
				method: form ? 'POST' : 'GET',
				ca,
				timeout: 5000,
				headers: form ? {'content-type': 'application/x-www-form-urlencoded'} : {},
			},
			(response) => {
				let text = '';
				response.setEncoding('utf8').on('data', (chunk: string) => {
					text += chunk;
				});
				response.on('end', () => {
					resolve({status: response.statusCode ?? 0, json: JSON.parse(text) as never});
				});
			},
		);
		outgoing.on('error', reject);
		outgoing.end(body);
	});
}

/** Resolves once the child's stdout holds `pattern`, with all of stdout so far. */
function printed(child: ReturnType<typeof runCli>['child'], pattern: RegExp): Promise<string> {
	return new Promise((resolve, reject) => {
		let stdout = '';
		const check = (chunk: string) => {
			stdout += chunk;
			if (pattern.test(stdout)) {
				child.stdout.off('data', check);
				resolve(stdout);
			}
		};

		child.stdout.on('data', check);
		child.on('close', () => {
			reject(new Error(`exited before printing ${pattern}; stdout: ${stdout}`));
		});
	});
}

describe('boxauth sandbox --tls', {timeout: 90_000}, () => {
	const running: Array<ReturnType<typeof runCli>> = [];
	afterEach(async () => {
		for (const sandbox of running.splice(0)) {
			sandbox.child.kill('SIGINT');
			await sandbox.done;
		}
	});
	const serve = (env: Record<string, string>, args: string[] = []) => {
		const sandbox = runCli(['sandbox', '--tls', '--port', '0', ...args], {env, timeoutMs: 60_000});
		running.push(sandbox);
		return sandbox;
	};

	it('serves HTTPS, prints how to trust it, and the printed CA file gets a token', async () => {
		const {env} = isolatedHome('boxauth-tls-cli-');
		const sandbox = serve(env);
		const summary = await printed(sandbox.child, /_sandbox\/apps\/<client ID>\/authorize/);
		const origin = /^Box sandbox listening on (https:\/\/127\.0\.0\.1:\d+) /.exec(summary)?.[1];
		assert.ok(origin, summary);
		const caFile = /^ {2}CA certificate +(\S+)$/m.exec(summary)?.[1];
		assert.ok(caFile, summary);
		assert.match(caFile, /sandbox-tls\/ca\.pem$/);
		assert.match(summary, /made just now: trust it once/);
		assert.ok(summary.includes(`NODE_EXTRA_CA_CERTS=${caFile} node your-app.js`), summary);
		assert.ok(summary.includes(`curl --cacert ${caFile} ${origin}/_sandbox`), summary);
		assert.ok(
			summary.includes(`curl --cacert ${caFile} -X POST ${origin}/_sandbox/apps/`),
			summary,
		);
		if (process.platform !== 'win32') {
			for (const key of ['ca-key.pem', 'server-key.pem']) {
				const mode: number = statSync(caFile.replace(/ca\.pem$/, key)).mode & 0o777;
				assert.equal(mode, 0o600, `${key} is 0600`);
			}
		}

		const ca = readFileSync(caFile, 'utf8');
		const control = await httpsJson(`${origin}/_sandbox`, ca);
		assert.equal(control.status, 200);
		const described = control.json as Described;
		const app = described.apps.find((candidate) => candidate.name === 'Demo CCG App');
		assert.ok(app);
		const token = await httpsJson(`${origin}/oauth2/token`, ca, {
			grant_type: 'client_credentials',
			client_id: app.clientId,
			client_secret: app.clientSecret,
			box_subject_type: 'enterprise',
			box_subject_id: described.enterprise.id,
		});
		assert.equal(token.status, 200, JSON.stringify(token.json));
		assert.match(String(token.json['access_token']), /^\S{20,}$/);
	});

	it('keeps its certificate for the next run, names it in --json, and boxauth commands trust it', async () => {
		const {env} = isolatedHome('boxauth-tls-cli-');
		const first = serve(env);
		const summary = await printed(first.child, /CA certificate +\S+/);
		const caFile = /^ {2}CA certificate +(\S+)$/m.exec(summary)?.[1] ?? '';
		const ca = readFileSync(caFile, 'utf8');
		first.child.kill('SIGINT');
		await first.done;

		const sandbox = serve(env, ['--json']);
		const described = JSON.parse(await sandbox.firstLine) as Described;
		assert.match(described.baseUrl, /^https:\/\//);
		assert.equal(described.caCertificate, caFile);
		assert.equal(readFileSync(caFile, 'utf8'), ca, 'the same authority: a trust set up holds');

		// Other commands find the running sandbox, and trust its certificate for its URL only.
		const boxauth = async (args: string[]) =>
			runCli(args, {env, stdin: '', timeoutMs: 30_000}).done;
		const made = await boxauth(['setup', '--sandbox', '--auth-type', 'ccg', '--profile', 'work']);
		assert.equal(made.code, 0, made.stderr);
		const token = await boxauth(['token', '--profile', 'work']);
		assert.equal(token.code, 0, token.stderr);
		const me = await new Promise<number>((resolve, reject) => {
			request(
				`${described.baseUrl}/2.0/users/me`,
				{ca, headers: {authorization: `Bearer ${token.stdout.trim()}`}},
				(response) => {
					response.resume();
					resolve(response.statusCode ?? 0);
				},
			)
				.on('error', reject)
				.end();
		});
		assert.equal(me, 200, 'the token boxauth got from the HTTPS sandbox works against it');
	});
});
