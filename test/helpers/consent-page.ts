/** Plays the person on the consent page: grants access as `userId`, returns the redirect's query. */
export async function consentAs(authorizeUrl: string, userId: string): Promise<URLSearchParams> {
	const url = new URL(authorizeUrl);
	const page = await fetch(url);
	if (page.status !== 200) {
		throw new Error(`the consent page answered ${page.status}`);
	}

	const form = new URLSearchParams(url.searchParams);
	form.set('user_id', userId);
	form.set('decision', 'grant');
	const answer = await fetch(new URL('/api/oauth2/authorize', url), {
		method: 'POST',
		body: form,
		redirect: 'manual',
	});
	const location = answer.headers.get('location');
	if (answer.status !== 302 || !location) {
		throw new Error(`the consent form answered ${answer.status}`);
	}

	return new URL(location).searchParams;
}
