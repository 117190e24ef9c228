/** How many single-letter edits turn one word into the other (Levenshtein). */
function editDistance(a: string, b: string): number {
	let previous = Array.from({length: b.length + 1}, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(
				(previous[j] ?? 0) + 1,
				(current[j - 1] ?? 0) + 1,
				(previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
		}

		previous = current;
	}

	return previous[b.length] ?? 0;
}

/**
 * The known word a mistyped one most likely meant, as gh and git suggest it: within two edits
 * (one for short words), or the only known word that begins with it (`-v` for --version).
 */
export function closestWord(typed: string, known: readonly string[]): string | undefined {
	const reach = typed.length <= 3 ? 1 : 2;
	const [best] = known
		.map((word) => ({word, distance: editDistance(typed.toLowerCase(), word)}))
		.filter(({distance}) => distance <= reach)
		.sort((a, b) => a.distance - b.distance);
	if (best) {
		return best.word;
	}

	const begun = known.filter((word) => typed !== '' && word.startsWith(typed.toLowerCase()));
	return begun.length === 1 ? begun[0] : undefined;
}
