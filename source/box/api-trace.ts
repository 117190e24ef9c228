import {
	maskSecret,
	maskSecrets,
	redactForm,
	redactJson,
	redactUrl,
	withoutControls,
} from './mask-secrets.js';
import type {BoxRequest, SentExchange} from './transport.js';

// Every line gets its mark, a body's own line breaks included, and nothing in it can act on the
// terminal it is shown on: what Box (or a proxy) sends back is not ours to trust.
const marked = (mark: '>' | '<' | '*', text: string) =>
	withoutControls(text)
		.split('\n')
		.map((line) => `${mark} ${line}`);

// The credential after the scheme is masked whatever it looks like, a short test token too.
function headerValue(name: string, value: string): string {
	if (name.toLowerCase() !== 'authorization') {
		return maskSecrets(value);
	}

	const [, scheme = '', credential = value] = /^(\S+\s+)(.+)$/.exec(value) ?? [];
	return `${scheme}${maskSecret(credential)}`;
}

const bodyText = (body: NonNullable<BoxRequest['body']>) =>
	'form' in body ? redactForm(body.form.toString()) : redactJson(JSON.stringify(body.json));

/**
 * One exchange with Box as BOXAUTH_DEBUG=api shows it, with gh's marks: `>` what was sent, `<`
 * what came back, `*` what happened instead of an answer. Every secret is masked: the
 * authorization header, form and JSON fields, URL paths and queries.
 */
export function apiTraceLines(exchange: SentExchange): string[] {
	const {request, attempt, durationMs} = exchange;
	const took = `${Math.round(durationMs)} ms`;
	const sent = [
		...marked(
			'>',
			`${request.method} ${redactUrl(request.url)}${attempt > 1 ? ` (attempt ${attempt})` : ''}`,
		),
		...Object.entries(request.headers ?? {}).flatMap(([name, value]) =>
			marked('>', `${name}: ${headerValue(name, value)}`),
		),
		...(request.body ? marked('>', bodyText(request.body)) : []),
	];
	if ('problem' in exchange) {
		return [...sent, ...marked('*', `no answer after ${took}: ${exchange.problem}`)];
	}

	const {status, headers, text} = exchange.response;
	const requestId = headers['box-request-id'];
	return [
		...sent,
		...marked('<', `${status} in ${took}${requestId ? `, box-request-id ${requestId}` : ''}`),
		...(text ? marked('<', redactJson(text)) : []),
	];
}
