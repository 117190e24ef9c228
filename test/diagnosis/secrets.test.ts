import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {Failure} from '../../source/box/failure.js';
import {diagnose, explain} from '../../source/diagnosis/diagnose.js';
import type {Diagnosis} from '../../source/diagnosis/diagnosis.js';
import {diagnosisTable, unrecognisedRow} from '../../source/diagnosis/diagnosis-table.js';
import {assertNoSecrets} from '../helpers/leak-check.js';

const developerToken = 'T9cE5asGnuyYCCqIZFoWjFHvNbvVqHjl';
const refreshToken = 'x8Kq2LmN4pR6sT8vW0yZ1aB3cD5eF7gH9iJ0kL2mN4oP6qR8sT0uV2wX4yZ6aB8c';
const clientSecret = 'Zx8Qm1kLp0Vb3Nc7Rt5Yw2Ej9Ha4Sd6F';
const shortSecret = 'sh0rtOne';
const proxyPassword = 'hunter2pass';
const secrets = [developerToken, refreshToken, clientSecret, shortSecret, proxyPassword];

function assertNoSecret(diagnosis: Diagnosis, label: string) {
	assertNoSecrets(JSON.stringify(diagnosis), secrets, label);
}

describe('a secret in the failure never appears in the diagnosis', () => {
	const failures: Array<[string, Failure]> = [
		[
			'a developer token posted to /oauth2/<token>',
			{status: 404, method: 'POST', url: `https://api.box.com/oauth2/${developerToken}`},
		],
		[
			'secrets in the query of a wrong host',
			{
				status: 302,
				url: `https://www.box.com/api/oauth2/token?client_secret=${shortSecret}&refresh_token=${refreshToken}`,
			},
		],
		[
			'a token in an unrecognised description',
			{status: 400, error: 'weird', description: `token ${developerToken} rejected`},
		],
		[
			'a bearer header in a pasted log',
			{text: `GET /2.0/users/me Authorization: Bearer ${developerToken} -> 401 ${shortSecret}`},
		],
		[
			'a curl line with the client secret',
			{
				text: `curl -X POST https://api.box.com/oauth2/token -d client_secret=${clientSecret} -d grant_type=client_credentials\n{"error":"invalid_client"}`,
			},
		],
		[
			'a proxy password',
			{
				text: `HTTPS_PROXY=http://alice:${proxyPassword}@proxy.example.com:8080 answered 407 Proxy Authentication Required`,
			},
		],
		[
			'a token typed as the subject ID',
			{
				description: 'Grant credentials are invalid',
				context: {subjectType: 'user', subjectId: developerToken},
			},
		],
		[
			'a token typed as the grant type',
			{
				description: 'The grant type is unauthorized for this client_id',
				context: {grantType: refreshToken},
			},
		],
	];
	for (const [label, failure] of failures) {
		it(label, () => {
			assertNoSecret(diagnose(failure), label);
		});
	}

	it('in every row, even when every field carries one', () => {
		const hostile: Failure = {
			status: 400,
			error: 'invalid_grant',
			description: `Bearer ${developerToken} client_secret=${shortSecret}`,
			url: `https://www.box.com/oauth2/${developerToken}?refresh_token=${refreshToken}`,
			method: 'POST',
			text: `client_secret=${clientSecret} http://bob:${proxyPassword}@proxy:3128`,
			context: {grantType: refreshToken, subjectType: 'user', subjectId: clientSecret},
		};
		for (const row of [...diagnosisTable, unrecognisedRow]) {
			assertNoSecret(explain(row, hostile), row.id);
		}
	});

	it('still names the masked URL, so the user sees which one they used', () => {
		const diagnosis = diagnose({status: 404, url: `https://api.box.com/oauth2/${developerToken}`});
		assert.match(diagnosis.what, /https:\/\/api\.box\.com\/oauth2\/T9cE…/);
	});
});
