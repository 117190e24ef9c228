import assert from 'node:assert/strict';
import {execFile, spawnSync} from 'node:child_process';
import {chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {before, describe, it} from 'node:test';
import {promisify} from 'node:util';
import {build} from 'esbuild';
import {authTypeFlagWords} from '../../source/box/auth-types.js';
import {bundleOptions} from '../../source/build/bundle-options.js';
import {type CommandHelp, commandList, globalFlags} from '../../source/commands/command-list.js';
import {shellScripts} from '../../source/commands/completion/completion-command.js';
import {
	type CompletedCommand,
	type CompletionWords,
	completionWords,
} from '../../source/commands/completion/completion-words.js';
import {tokenFormats} from '../../source/commands/token/token-command.js';
import {inheritedEnvironment, isolatedHome} from '../helpers/isolated-environment.js';
import {runBoxauthInProcess} from '../helpers/run-boxauth.js';
import {cliPath} from '../helpers/run-cli.js';
import {repositoryRoot} from '../profiles/fixtures/run-child.js';

const words = completionWords(commandList, globalFlags);
const commandNamed = (table: CompletionWords, name: string): CompletedCommand => {
	const found = table.commands.find((command) => command.name === name);
	assert.ok(found, `no command ${name}`);
	return found;
};

const flagOf = (name: string) => words.valueFlags.find((flag) => flag.word === `--${name}`);

describe('what the scripts complete, from the command table', () => {
	it("takes profiles' actions and the shells from the usages", () => {
		assert.deepEqual(commandNamed(words, 'profiles').actions, [
			'add',
			'import',
			'list',
			'remove',
			'default',
		]);
		assert.deepEqual(commandNamed(words, 'completion').actions, Object.keys(shellScripts));
		assert.deepEqual(commandNamed(words, 'token').actions, []);
		assert.deepEqual(commandNamed(words, 'explain').actions, [], '--list and --show are flags');
	});

	it('offers saved profile names after profiles remove and default, not after add', () => {
		assert.deepEqual(commandNamed(words, 'profiles').profileActions, ['remove', 'default']);
	});

	it('offers every command after boxauth help', () => {
		assert.deepEqual(
			commandNamed(words, 'help').actions,
			commandList.map((command) => command.name),
		);
	});

	it('knows what each flag takes: profile names, auth types, formats, a file, or text', () => {
		assert.deepEqual(flagOf('profile')?.value, {kind: 'profile'});
		assert.deepEqual(flagOf('auth-type')?.value, {kind: 'words', words: authTypeFlagWords});
		assert.deepEqual(flagOf('format')?.value, {kind: 'words', words: tokenFormats});
		assert.deepEqual(flagOf('jwt-config')?.value, {kind: 'path'});
		assert.deepEqual(flagOf('client-id')?.value, {kind: 'text'});
		assert.equal(flagOf('json'), undefined, '--json takes no value');
	});

	it('offers only plain words, which every shell takes as they are', () => {
		const offered = [
			...words.commands.flatMap((command) => [
				command.name,
				...command.actions,
				...command.flags.map((flag) => flag.word),
			]),
			...words.globalFlags.map((flag) => flag.word),
			...words.valueFlags.flatMap((flag) => (flag.value.kind === 'words' ? flag.value.words : [])),
		];
		for (const word of offered) {
			assert.match(word, /^[\w-]+$/);
		}
	});
});

/** Where each shell's script says a command, a flag of it, or a global flag. */
const spellings: Record<
	keyof typeof shellScripts,
	{
		command: (script: string, name: string) => boolean;
		flag: (script: string, command: string, flag: string) => boolean;
		global: (script: string, flag: string) => boolean;
	}
> = {
	bash: {
		command: (script, name) =>
			new RegExp(`\\t''\\) words='([^']* )?${name}( [^']*)?'`).test(script),
		flag: (script, command, flag) =>
			new RegExp(`\\t${command}\\) words='([^']* )?--${flag}( [^']*)?'`).test(script),
		global: (script, flag) => new RegExp(`"\\$words "'([^']* )?--${flag}( [^']*)?'`).test(script),
	},
	zsh: {
		command: (script, name) => script.includes(`\t\t'${name}:`),
		flag: (script, command, flag) => {
			const from = script.indexOf(`\t\t\t\t${command})\n`);
			const branch = script.slice(from, script.indexOf('\t\t\t\t\t;;', from));
			return from !== -1 && new RegExp(`\\t'--${flag}(=?\\[)`).test(branch);
		},
		global: (script, flag) => script.includes(`\t\t'--${flag}[`),
	},
	fish: {
		command: (script, name) => script.includes(`-n __fish_use_subcommand -a ${name} -d `),
		flag: (script, command, flag) =>
			script.includes(`-n '__fish_seen_subcommand_from ${command}' -l ${flag} `),
		global: (script, flag) => script.includes(`complete -c boxauth -l ${flag} `),
	},
	powershell: {
		command: (script, name) => script.includes(`\t\t'${name}' = '`),
		flag: (script, command, flag) => {
			const from = script.indexOf(`\t\t'${command}' = [ordered]@{`);
			const block = script.slice(from, script.indexOf('\t\t}', from));
			return from !== -1 && block.includes(`\t\t\t'--${flag}' = '`);
		},
		global: (script, flag) => script.includes(`\t\t'--${flag}' = '`),
	},
};

function assertCompletesTable(table: readonly CommandHelp[]) {
	const madeWords = completionWords(table, globalFlags);
	for (const [shell, makeScript] of Object.entries(shellScripts)) {
		const script = makeScript(madeWords);
		const says = spellings[shell as keyof typeof shellScripts];
		for (const command of table) {
			assert.ok(says.command(script, command.name), `${shell} completes ${command.name}`);
			for (const flag of command.flags) {
				assert.ok(
					says.flag(script, command.name, flag.name),
					`${shell} completes ${command.name} --${flag.name}`,
				);
			}
		}

		for (const flag of globalFlags) {
			assert.ok(says.global(script, flag.name), `${shell} completes --${flag.name}`);
		}
	}
}

const frobnicate: CommandHelp = {
	name: 'frobnicate',
	load: async () => ({run: async () => 0}),
	usage: 'boxauth frobnicate sprocket | widget [--gear N] [--spin]',
	summary: "It's [odd]: a \\ back ‘quote’ and $(no command)",
	flags: [
		{name: 'gear', value: 'N', description: 'How many gears'},
		{name: 'spin', description: "It's [odd]: a \\ back ‘quote’"},
	],
	examples: [],
};

describe('the scripts', () => {
	it('complete every command of the table and every flag of each, in every shell', () => {
		assertCompletesTable(commandList);
	});

	it('complete a command added to the table, its flags and its actions, with no other change', () => {
		assertCompletesTable([...commandList, frobnicate]);
		const added = completionWords([frobnicate], []);
		assert.deepEqual(commandNamed(added, 'frobnicate').actions, ['sprocket', 'widget']);
		assert.match(
			shellScripts.bash(added),
			/frobnicate\)\n\t\t\tcase \$count:\$action in\n.*'sprocket widget'/,
		);
	});

	it('quote descriptions as each shell reads them', () => {
		const made = completionWords([frobnicate], []);
		assert.ok(
			shellScripts.fish(made).includes("-d 'It\\'s [odd]: a \\\\ back ‘quote’'"),
			'fish: backslash before a quote and a backslash',
		);
		assert.ok(
			shellScripts.zsh(made).includes("'--spin[It'\\''s \\[odd\\]\\: a \\\\ back ‘quote’]'"),
			"zsh: '\\'' for a quote, a backslash before _arguments' own [ ] : \\",
		);
		assert.ok(
			shellScripts.powershell(made).includes("'It''s [odd]: a \\ back ‘‘quote’’'"),
			'PowerShell: every kind of single quote doubled',
		);
		assert.doesNotMatch(shellScripts.bash(made), /odd/, 'bash offers words, not descriptions');
	});

	it('are valid for the shells found on this machine (bash always; zsh and fish when present)', () => {
		const made = completionWords([...commandList, frobnicate], globalFlags);
		for (const [shell, makeScript] of Object.entries(shellScripts)) {
			const checker = shell === 'powershell' ? undefined : shell;
			const found =
				checker !== undefined && spawnSync(checker, ['-c', 'exit 0']).error === undefined;
			if (shell === 'bash') {
				assert.ok(found, 'bash is on this machine');
			}

			if (checker && found) {
				const checked = spawnSync(checker, ['-n'], {input: makeScript(made), encoding: 'utf8'});
				assert.equal(checked.status, 0, `${shell} -n: ${checked.stderr}`);
			}
		}
	});
});

describe('boxauth completion, the command', () => {
	it('prints each shell its script', async () => {
		for (const [shell, makeScript] of Object.entries(shellScripts)) {
			const result = await runBoxauthInProcess(['completion', shell]);
			assert.equal(result.code, 0, result.stderr);
			assert.equal(result.stdout, makeScript(words));
		}
	});

	it('refuses a missing or unknown shell, and extra words, with the usage', async () => {
		const none = await runBoxauthInProcess(['completion']);
		assert.equal(none.code, 2);
		assert.match(
			none.stderr,
			/boxauth completion needs a shell\. Usage: boxauth completion bash \| zsh \| fish \| powershell/,
		);
		const mistyped = await runBoxauthInProcess(['completion', 'bsh']);
		assert.equal(mistyped.code, 2);
		assert.match(
			mistyped.stderr,
			/No completion for "bsh"\. Did you mean boxauth completion bash\?/,
		);
		const extra = await runBoxauthInProcess(['completion', 'bash', 'zsh']);
		assert.equal(extra.code, 2);
		assert.match(extra.stderr, /takes one shell, but was also given: zsh/);
		assert.equal(none.stdout + mistyped.stdout + extra.stdout, '');
	});

	it('lists no profile names from an unusable config file, says nothing, and leaves it in place', async () => {
		const {env, configDir} = isolatedHome('boxauth-completion-');
		mkdirSync(configDir, {recursive: true});
		writeFileSync(path.join(configDir, 'config.json'), '{"profiles": {"work": ');
		const result = await runBoxauthInProcess(['completion', '__profile-names'], {env});
		assert.deepEqual([result.code, result.stdout, result.stderr], [0, '', '']);
		assert.deepEqual(readdirSync(configDir), ['config.json'], 'not moved aside, no backup');
		assert.equal(
			readFileSync(path.join(configDir, 'config.json'), 'utf8'),
			'{"profiles": {"work": ',
		);
	});

	it('reads the profile names without loading Ink, React, conf or undici', async () => {
		const entry = 'source/commands/completion/completion-command.ts';
		const {metafile} = await build({
			...bundleOptions(repositoryRoot),
			entryPoints: [entry],
			splitting: true,
			write: false,
			outdir: 'unused',
			metafile: true,
			logLevel: 'silent',
		});
		const {outputs} = metafile;
		const loaded = new Set<string>();
		const visit = (output: string) => {
			if (!loaded.has(output)) {
				loaded.add(output);
				for (const imported of outputs[output]?.imports ?? []) {
					if (imported.kind === 'import-statement' && !imported.external) {
						visit(imported.path);
					}
				}
			}
		};

		const start = Object.keys(outputs).find((output) => outputs[output]?.entryPoint === entry);
		assert.ok(start);
		visit(start);
		const inputs = [...loaded].flatMap((output) => Object.keys(outputs[output]?.inputs ?? {}));
		assert.ok(inputs.includes('source/profiles/settings-file.ts'));
		assert.deepEqual(
			inputs.filter((input) =>
				/node_modules\/(ink|react|conf|ajv|undici)\/|source\/(ui|box\/(?!auth-types|console-steps|console-paths))/.test(
					input,
				),
			),
			[],
		);
	});
});

describe('the bash script, in bash, with the built CLI as boxauth', () => {
	const home = isolatedHome('boxauth-completion-bash-');
	const folder = mkdtempSync(path.join(tmpdir(), 'boxauth-completion-bin-'));
	const scriptFile = path.join(folder, 'boxauth.bash');
	const environment = {
		...inheritedEnvironment(),
		...home.env,
		PATH: `${path.join(folder, 'bin')}${path.delimiter}${process.env['PATH'] ?? ''}`,
	};

	before(async () => {
		mkdirSync(path.join(folder, 'bin'));
		const wrapper = path.join(folder, 'bin', 'boxauth');
		writeFileSync(wrapper, `#!/bin/sh\nexec "${process.execPath}" "${cliPath}" "$@"\n`);
		chmodSync(wrapper, 0o755);
		for (const name of ['work', 'play']) {
			const added = await runBoxauthInProcess(
				['profiles', 'add', name, '--sandbox', '--auth-type', 'ccg'],
				{env: home.env},
			);
			assert.equal(added.code, 0, added.stderr);
		}

		const script = await runBoxauthInProcess(['completion', 'bash'], {env: home.env});
		assert.equal(script.code, 0, script.stderr);
		writeFileSync(scriptFile, script.stdout);
	});

	/** COMPREPLY after a Tab at the end of the words, the last one being the word completed. */
	async function complete(...typed: string[]): Promise<string[]> {
		const {stdout} = await promisify(execFile)(
			'bash',
			[
				'--norc',
				'--noprofile',
				'-c',
				`source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); _boxauth; printf "%s\\n" "\${COMPREPLY[@]}"`,
				'bash',
				scriptFile,
				'boxauth',
				...typed,
			],
			{env: environment, timeout: 20_000},
		);
		return stdout.split('\n').filter((line) => line !== '');
	}

	it('registers itself for boxauth', async () => {
		const {stdout} = await promisify(execFile)(
			'bash',
			['--norc', '--noprofile', '-c', 'source "$1"; complete -p boxauth', 'bash', scriptFile],
			{env: environment},
		);
		assert.equal(stdout.trim(), 'complete -F _boxauth boxauth');
	});

	it('completes a command, a flag of it, and the values its flags take', async () => {
		assert.deepEqual(await complete('to'), ['token']);
		assert.deepEqual(await complete('token', '--pro'), ['--profile']);
		assert.deepEqual(await complete('token', '--format', 'c'), ['curl']);
		assert.deepEqual(await complete('setup', '--auth-type', ''), [...authTypeFlagWords]);
		assert.deepEqual(await complete('--sandbox', 'prof'), ['profiles']);
		assert.deepEqual(await complete('completion', ''), Object.keys(shellScripts));
	});

	it('completes saved profile names after --profile, also as --profile=, and after profiles remove', async () => {
		assert.deepEqual(await complete('token', '--profile', ''), ['play', 'work']);
		assert.deepEqual(await complete('token', '--profile', '=', 'w'), ['work']);
		assert.deepEqual(await complete('status', '--profile', '='), ['play', 'work']);
		assert.deepEqual(await complete('profiles', 'remove', ''), ['play', 'work']);
		assert.deepEqual(await complete('profiles', 'default', 'p'), ['play']);
	});

	it('offers the actions of profiles, and no saved name where a new one goes', async () => {
		assert.deepEqual(await complete('profiles', ''), [
			'add',
			'import',
			'list',
			'remove',
			'default',
		]);
		assert.deepEqual(await complete('profiles', 'add', ''), []);
		assert.deepEqual(await complete('token', '--profile', 'work', '--f'), ['--format']);
	});
});
