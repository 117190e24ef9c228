import type {Subject} from '../box/client-credentials.js';

// The one field asks for the enterprise ID and also takes `user 12345`, to act as one user:
// acting as the enterprise (its service account) is what most people want, so it needs no
// extra question, and a user ID looks like an enterprise ID, so it needs its word in front.
const userPrefix = /^user[\s:]+/i;

/** Whether what was typed names a user (`user 12345`) rather than the enterprise. */
export const namesUser = (typed: string) => userPrefix.test(typed.trim());

/** The ID typed, without its `user` word. */
export const subjectIdOf = (typed: string) => typed.trim().replace(userPrefix, '');

/** The subject a token is asked for, from what was typed; undefined when nothing was. */
export function typedSubject(typed: string): Subject | undefined {
	const id = subjectIdOf(typed);
	if (id === '') {
		return undefined;
	}

	return namesUser(typed) ? {type: 'user', id} : {type: 'enterprise', id};
}

/** How the subject is written back in the field: the enterprise ID alone, or `user 12345`. */
export const typedForm = (subject: Subject) =>
	subject.type === 'user' ? `user ${subject.id}` : subject.id;
