// The two ways `npm test` runs the tests: the pure and in-process layers' files all in two
// processes (`npm run test:unit`), and the rest each in a process of its own
// (`npm run test:processes`, whose file list is in package.json); test/cli/test-groups.test.ts
// checks that every test file is in exactly one.

/** The folders of `npm run test:unit`. */
export const unitFolders = ['box', 'diagnosis', 'explain', 'tokens', 'ui', 'wizard'];

/** In those folders, the files that run the built CLI as processes, killed and raced. */
export const processTests = new Set([
	'tokens/login-survives.test.ts',
	'tokens/login-survives-signals.test.ts',
	'tokens/token-renewal.test.ts',
]);
