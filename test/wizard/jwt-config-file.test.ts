import assert from 'node:assert/strict';
import {generateKeyPairSync} from 'node:crypto';
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import type {JwtConfigResult} from '../../source/box/jwt-config.js';
import {checkJwtConfigText, readJwtConfigFile} from '../../source/box/jwt-config-file.js';

const passphrase = 'correct horse battery staple';
const {privateKey} = generateKeyPairSync('rsa', {
	modulusLength: 2048,
	publicKeyEncoding: {type: 'spki', format: 'pem'},
	privateKeyEncoding: {type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase},
});

function consoleConfig(changes: {passphrase?: string; enterpriseID?: string} = {}) {
	return {
		boxAppSettings: {
			clientID: 'k3c9x1z8q0w2e4r6t5y7u9i1o3p5a7s9',
			clientSecret: 'Qm7Rt2Xw9Lp4Vz8Nc3Hb6Jd1Fs5Gk0Ya',
			appAuth: {publicKeyID: 'ab12cd34', privateKey, passphrase: changes.passphrase ?? passphrase},
		},
		enterpriseID: changes.enterpriseID ?? '1234567',
	};
}

function problemOf(result: JwtConfigResult): string {
	assert.equal(result.ok, false, 'the config is refused');
	return result.ok ? '' : result.problem;
}

describe('reading the JWT config the console downloaded', () => {
	let folder = '';
	const file = (name: string) => path.join(folder, name);

	before(async () => {
		folder = await mkdtemp(path.join(os.tmpdir(), 'boxauth-jwt-config-'));
		await writeFile(file('config.json'), JSON.stringify(consoleConfig()));
		await mkdir(file('a-folder'));
		await writeFile(file('not-json.json'), 'clientID=abc');
	});

	after(async () => {
		await rm(folder, {recursive: true, force: true});
	});

	it('reads a good config', async () => {
		const result = await readJwtConfigFile(file('config.json'));
		assert.equal(result.ok, true, `the config is taken: ${result.ok ? '' : result.problem}`);
		assert.equal(result.ok && result.config.enterpriseId, '1234567');
	});

	it('expands a leading ~ to the home folder', async () => {
		const problem = problemOf(await readJwtConfigFile('~/surely-no-such-boxauth-config.json'));
		const expanded = path.join(os.homedir(), 'surely-no-such-boxauth-config.json');
		assert.ok(problem.startsWith(`${expanded}: there is no such file`), problem);
	});

	it('says the file is missing, starting with where the path came from', async () => {
		const problem = problemOf(await readJwtConfigFile(file('nope.json'), '--jwt-config'));
		assert.ok(
			problem.startsWith(`--jwt-config ${file('nope.json')}: there is no such file.`),
			problem,
		);
		assert.match(problem, /Generate a Public\/Private Keypair/);
	});

	it('says a folder is a folder', async () => {
		assert.match(problemOf(await readJwtConfigFile(file('a-folder'))), /a-folder is a folder\./);
	});

	it('says a file is not JSON', async () => {
		assert.match(
			problemOf(await readJwtConfigFile(file('not-json.json'))),
			/not-json\.json: The file is not JSON/,
		);
	});

	it('names the missing field', () => {
		const config = consoleConfig() as {boxAppSettings: {appAuth: Record<string, string>}};
		delete config.boxAppSettings.appAuth['publicKeyID'];
		assert.match(
			problemOf(checkJwtConfigText(JSON.stringify(config))),
			/The config has no "boxAppSettings\.appAuth\.publicKeyID"/,
		);
	});

	it('says the passphrase does not open the key', () => {
		assert.match(
			problemOf(checkJwtConfigText(JSON.stringify(consoleConfig({passphrase: 'wrong'})))),
			/The passphrase does not decrypt the private key/,
		);
	});

	it('says an enterpriseID of 0 is a free personal account', () => {
		assert.match(
			problemOf(checkJwtConfigText(JSON.stringify(consoleConfig({enterpriseID: '0'})))),
			/The config's "enterpriseID" is 0, which Box gives a free personal account: it has no enterprise/,
		);
	});
});
