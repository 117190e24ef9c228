import assert from 'node:assert/strict';
import {generateKeyPairSync} from 'node:crypto';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {describe, it} from 'node:test';
import {checkJwtConfigText, readJwtConfigFile} from '../../source/box/jwt-config-file.js';

// Notepad and PowerShell's Out-File save UTF-8 with a byte order mark in front.

const passphrase = 'correct horse battery staple';
const {privateKey} = generateKeyPairSync('rsa', {
	modulusLength: 2048,
	publicKeyEncoding: {type: 'spki', format: 'pem'},
	privateKeyEncoding: {type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase},
});
const config = JSON.stringify({
	boxAppSettings: {
		clientID: 'k3c9x1z8q0w2e4r6t5y7u9i1o3p5a7s9',
		clientSecret: 'Qm7Rt2Xw9Lp4Vz8Nc3Hb6Jd1Fs5Gk0Ya',
		appAuth: {publicKeyID: 'ab12cd34', privateKey, passphrase},
	},
	enterpriseID: '1234567',
});

describe('a JWT config saved with a UTF-8 byte order mark', () => {
	it('is read from a file', async (t) => {
		const folder = await mkdtemp(path.join(os.tmpdir(), 'boxauth-bom-'));
		t.after(() => rm(folder, {recursive: true, force: true}));
		const file = path.join(folder, 'config.json');
		await writeFile(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(config)]));
		const result = await readJwtConfigFile(file);
		assert.equal(result.ok, true, result.ok ? '' : result.problem);
		assert.equal(result.ok && result.config.enterpriseId, '1234567');
	});

	it('is read from text, as BOXAUTH variables and pastes give it', () => {
		const result = checkJwtConfigText(`\uFEFF${config}`);
		assert.equal(result.ok, true, result.ok ? '' : result.problem);
	});

	it('but a mark anywhere else is still not JSON', () => {
		const result = checkJwtConfigText(`{\uFEFF"enterpriseID": "1"}`);
		assert.equal(
			result.ok ? '' : result.problem,
			'The file is not JSON. Use the config file the Developer Console downloaded.',
		);
	});
});
