import type {SandboxApp, SandboxUser} from './sandbox-state.js';

const escapeHtml = (text: string) =>
	text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&#39;');

function page(title: string, content: string): string {
	return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}button{font-size:1rem;margin-right:.5rem}</style>
</head>
<body>
<p><strong>Box sandbox</strong> (boxauth): this page stands in for Box's login and consent screen.</p>
${content}
</body>
</html>
`;
}

/** The consent screen; its form posts back to the same path with the user's decision. */
export function consentPage(
	app: SandboxApp,
	users: SandboxUser[],
	fields: Record<string, string>,
): string {
	const hidden = Object.entries(fields)
		.map(
			([name, value]) =>
				`<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
		)
		.join('\n');
	const options = users
		.map(
			(user) =>
				`<option value="${escapeHtml(user.id)}">${escapeHtml(user.name)} (${escapeHtml(user.login)})</option>`,
		)
		.join('\n');
	return page(
		`Grant access to ${app.name}`,
		`<h1>Grant access to Box</h1>
<p><strong>${escapeHtml(app.name)}</strong> would like to read and write all files and folders stored in Box.</p>
<form method="post" action="/api/oauth2/authorize">
${hidden}
<label>Log in as <select name="user_id">
${options}
</select></label>
<p><button type="submit" name="decision" value="grant">Grant access to Box</button>
<button type="submit" name="decision" value="deny">Deny access</button></p>
</form>`,
	);
}

/** Box shows these as error pages and never redirects back (box-auth-reference.md 4.2). */
export function authorizeErrorPage(error: string, explanation: string): string {
	return page('Box: error', `<h1>${escapeHtml(error)}</h1>\n<p>${escapeHtml(explanation)}</p>`);
}
