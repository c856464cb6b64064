/** Levenshtein edit distance between two strings. */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
		}
		previous = current;
	}
	return previous[b.length];
}

/** The candidate closest to `value`, if it is close enough to be a likely typo. */
export function nearest(value: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const distance = editDistance(value, candidate);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	const tolerance = Math.max(2, Math.floor(value.length / 3));
	return bestDistance <= tolerance ? best : undefined;
}

/** A hint for an unknown id: the likely typo, or else a few of the valid choices. */
export function suggestId(value: string, candidates: readonly string[], kind: string): string {
	const match = nearest(value, candidates);
	if (match) return `did you mean "${match}"?`;
	if (candidates.length === 0) return `there are no ${kind} ids defined yet`;
	const shown = candidates
		.slice(0, 6)
		.map((id) => `"${id}"`)
		.join(', ');
	return `known ${kind} ids include ${shown}${candidates.length > 6 ? `, and ${candidates.length - 6} more` : ''}`;
}
