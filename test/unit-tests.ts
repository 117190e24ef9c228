import {spawn} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {processTests, unitFolders} from './test-groups.js';

// `npm run test:unit`: the tests of the pure and in-process layers (the Box client against an
// in-process sandbox, the diagnosis, explain, token timing, the wizard's state machine and the Ink
// screens with a fake clock) in two processes, one per core, each importing half of the files:
// `npm test` runs each file in a process of its own, which costs a third of a second per file
// before any test runs.
const files = unitFolders.flatMap((folder) =>
	readdirSync(new URL(folder, import.meta.url))
		.filter((file) => file.endsWith('.test.ts') && !processTests.has(`${folder}/${file}`))
		.sort()
		.map((file) => `${folder}/${file}`),
);

const parts = 2;
const part = process.argv[2];
if (part === undefined) {
	const runs = await Promise.all(
		Array.from({length: parts}, async (_, index) => {
			const child = spawn(
				process.execPath,
				['--import', 'tsx', '--test-reporter=tap', fileURLToPath(import.meta.url), String(index)],
				{stdio: ['ignore', 'pipe', 'inherit']},
			);
			let tap = '';
			child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
				tap += chunk;
			});
			const code = await new Promise<number>((resolve) => {
				child.on('close', (exitCode) => {
					resolve(exitCode ?? 1);
				});
			});
			return {code, tap};
		}),
	);
	const count = (name: string) =>
		runs.reduce(
			(sum, {tap}) => sum + Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0),
			0,
		);
	const failed = runs.some(({code}) => code !== 0);
	// Quiet when all is well; the whole report of each process when something failed.
	if (failed) {
		for (const {tap} of runs) {
			process.stdout.write(tap);
		}
	}

	process.stdout.write(
		`${files.length} files in ${parts} processes: ${count('tests')} tests, ${count('pass')} passed, ${count('fail')} failed\n`,
	);
	process.exitCode = failed ? 1 : 0;
} else {
	for (const [index, file] of files.entries()) {
		if (index % parts === Number(part)) {
			await import(new URL(file, import.meta.url).href);
		}
	}
}
