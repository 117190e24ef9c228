import type {CompletedFlag, CompletionWords} from './completion-words.js';

/**
 * Text in PowerShell's single quotes, where a quote is doubled; PowerShell takes the curly single
 * quotes for quotes too.
 */
const quoted = (text: string) => `'${text.replaceAll(/['‘’‚‛]/g, (quote) => quote + quote)}'`;

const array = (words: readonly string[]) => `@(${words.map(quoted).join(', ')})`;

/** A hashtable literal, one `key = value` a line, at the given indent; ordered keeps the order. */
function table(entries: Array<[string, string]>, indent: string, ordered = false): string {
	return [
		`${ordered ? '[ordered]' : ''}@{`,
		...entries.map(([key, value]) => `${indent}\t${quoted(key)} = ${value}`),
		`${indent}}`,
	].join('\n');
}

const flagTable = (flags: readonly CompletedFlag[], indent: string) =>
	table(
		flags.map((flag) => [flag.word, quoted(flag.description)]),
		indent,
		true,
	);

/** The PowerShell script: a native argument completer for boxauth. */
export function powershellScript(words: CompletionWords): string {
	const withActions = words.commands.filter((command) => command.actions.length > 0);
	const withProfileActions = words.commands.filter((command) => command.profileActions.length > 0);
	const flagsOf = (kind: CompletedFlag['value']['kind']) =>
		words.valueFlags.filter((flag) => flag.value.kind === kind).map((flag) => flag.word);
	return [
		"# boxauth's completion for PowerShell, made by `boxauth completion powershell` from boxauth's command table.",
		'# For this session: boxauth completion powershell | Out-String | Invoke-Expression (add that line to $PROFILE to keep it).',
		'Register-ArgumentCompleter -Native -CommandName boxauth -ScriptBlock {',
		'\tparam($wordToComplete, $commandAst, $cursorPosition)',
		`\t$commands = ${table(
			words.commands.map((command) => [command.name, quoted(command.summary)]),
			'\t',
			true,
		)}`,
		`\t$globalFlags = ${flagTable(words.globalFlags, '\t')}`,
		`\t$commandFlags = ${table(
			words.commands
				.filter((command) => command.flags.length > 0)
				.map((command) => [command.name, flagTable(command.flags, '\t\t')]),
			'\t',
		)}`,
		`\t$actions = ${table(
			withActions.map((command) => [command.name, array(command.actions)]),
			'\t',
		)}`,
		`\t$profileActions = ${table(
			withProfileActions.map((command) => [command.name, array(command.profileActions)]),
			'\t',
		)}`,
		`\t$valueWords = ${table(
			words.valueFlags.flatMap(
				(flag): Array<[string, string]> =>
					flag.value.kind === 'words' ? [[flag.word, array(flag.value.words)]] : [],
			),
			'\t',
		)}`,
		`\t$profileFlags = ${array(flagsOf('profile'))}`,
		`\t$valueFlags = ${array(words.valueFlags.map((flag) => flag.word))}`,
		'',
		'\t# The words before the one being completed; --flag=value is completed as --flag value.',
		'\t$before = @($commandAst.CommandElements |',
		'\t\tWhere-Object { $_.Extent.EndOffset -lt $cursorPosition } |',
		'\t\tForEach-Object { $_.Extent.Text })',
		'\t$current = $wordToComplete',
		"\t$prefix = ''",
		"\t$previous = if ($before.Count -gt 1) { $before[-1] } else { '' }",
		"\tif ($current -match '^(--[^=]+)=(.*)$') {",
		'\t\t$previous = $Matches[1]',
		'\t\t$current = $Matches[2]',
		'\t\t$prefix = "$previous="',
		'\t}',
		'',
		'\t# The command and the word after it, passing over flags and their values.',
		'\t$positionals = @()',
		'\tfor ($i = 1; $i -lt $before.Count; $i++) {',
		'\t\tif ($valueFlags -contains $before[$i]) { $i++ }',
		"\t\telseif (-not $before[$i].StartsWith('-')) { $positionals += $before[$i] }",
		'\t}',
		"\t$command = if ($positionals.Count -gt 0) { $positionals[0] } else { '' }",
		'\t$profileNames = {',
		`\t\ttry { @(& ${words.listProfileNames} 2>$null) } catch { @() }`,
		'\t}',
		'',
		'\t$offered = [ordered]@{}',
		'\tif ($profileFlags -contains $previous -or',
		'\t\t($positionals.Count -eq 2 -and $profileActions[$command] -contains $positionals[1])) {',
		'\t\tforeach ($name in (& $profileNames)) { $offered[$name] = $name }',
		'\t} elseif ($valueWords.ContainsKey($previous)) {',
		'\t\tforeach ($word in $valueWords[$previous]) { $offered[$word] = $word }',
		'\t} elseif ($valueFlags -contains $previous) {',
		"\t\t# Free text or a file: nothing offered leaves PowerShell's own file completion.",
		'\t\treturn',
		"\t} elseif ($current.StartsWith('-')) {",
		'\t\tforeach ($flags in @($commandFlags[$command], $globalFlags)) {',
		'\t\t\tif ($flags) { foreach ($flag in $flags.Keys) { $offered[$flag] = $flags[$flag] } }',
		'\t\t}',
		'\t} elseif ($positionals.Count -eq 0) {',
		'\t\t$offered = $commands',
		'\t} elseif ($positionals.Count -eq 1 -and $actions.ContainsKey($command)) {',
		'\t\tforeach ($word in $actions[$command]) { $offered[$word] = $word }',
		'\t}',
		'',
		'\tforeach ($word in $offered.Keys) {',
		'\t\tif ($word.StartsWith($current, [StringComparison]::OrdinalIgnoreCase)) {',
		'\t\t\t[System.Management.Automation.CompletionResult]::new("$prefix$word", $word, \'ParameterValue\', $offered[$word])',
		'\t\t}',
		'\t}',
		'}',
		'',
	].join('\n');
}
