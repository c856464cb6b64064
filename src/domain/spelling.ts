/**
 * Typo tolerance for search: Pagefind matches words and their prefixes, so a transposed or mistyped
 * letter ("kuberentes") finds nothing. The search page corrects each word of a query that is not in
 * the site's vocabulary to the nearest word that is, counting a swap of neighbouring letters as one
 * edit, and says so.
 */
import { editDistance } from './nearest.ts';

/** The words of a text as search sees them: lower-case runs of letters and digits. */
export const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Words shorter than this are left as typed: too many short words are one edit apart. */
const MIN_LENGTH = 4;

/**
 * The query with each unknown word replaced by the closest known one (one edit for words up to six
 * letters, two beyond; ties go to the first in `vocabulary`, which lists common words first), or
 * undefined when nothing needed correcting.
 */
export function correctQuery(query: string, vocabulary: readonly string[]): string | undefined {
	const known = new Set(vocabulary);
	let changed = false;
	const corrected = wordsOf(query).map((word) => {
		if (word.length < MIN_LENGTH || known.has(word) || vocabulary.some((entry) => entry.startsWith(word))) return word;
		const tolerance = word.length > 6 ? 2 : 1;
		let best: string | undefined;
		let bestDistance = tolerance + 1;
		for (const candidate of vocabulary) {
			if (Math.abs(candidate.length - word.length) > tolerance) continue;
			const distance = editDistance(word, candidate);
			if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
		}
		if (!best) return word;
		changed = true;
		return best;
	});
	return changed ? corrected.join(' ') : undefined;
}
