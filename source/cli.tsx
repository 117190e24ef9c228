#!/usr/bin/env node
import process from 'node:process';
import {runBoxauth} from './commands/run-boxauth.js';

// chalk ignores NO_COLOR; FORCE_COLOR=0 set before Ink loads turns its colours off too. The
// other two spellings people use: --no-color, and CLICOLOR=0 (BSD and macOS tools).
if (
	process.env['NO_COLOR'] ||
	process.env['CLICOLOR'] === '0' ||
	process.argv.slice(2).includes('--no-color')
) {
	process.env['FORCE_COLOR'] = '0';
}

process.exitCode = await runBoxauth(process.argv.slice(2), {
	environment: process.env,
	streams: {stdout: process.stdout, stderr: process.stderr, stdin: process.stdin},
	now: Date.now,
});
