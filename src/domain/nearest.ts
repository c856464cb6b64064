/**
 * Edit distance between two strings (optimal string alignment): insertions, deletions, substitutions
 * and swaps of two neighbouring characters each cost 1, so `nsp` is one edit from `nps`.
 */
export function editDistance(a: string, b: string): number {
	const rows = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
	);
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
		}
	}
	return rows[a.length][b.length];
}

/** The words of an id, a field name or a label: split at hyphens, underscores, spaces, dots and camelCase humps. */
export function tokens(text: string): string[] {
	return text
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
}

/** How many edits a word of this length may be from another and still be a typo of it. */
const wordTolerance = (length: number) => (length <= 2 ? 0 : length <= 4 ? 1 : length <= 8 ? 2 : 3);
/** How many edits a whole value may be from a candidate and still be a typo of it. */
const valueTolerance = (length: number) => Math.max(2, Math.floor(length / 3));

const isWordTypo = (word: string, other: string) =>
	word === other || editDistance(word, other) <= wordTolerance(Math.max(word.length, other.length));

/** How well one word of a value matches a word: 1 the same, 0.75 a typo of it, 0.6 an abbreviation of it (`dev` for `developer`), else 0. */
function wordMatch(word: string, other: string): number {
	if (word === other) return 1;
	if (isWordTypo(word, other)) return 0.75;
	return word.length >= 2 && other.startsWith(word) ? 0.6 : 0;
}

const bestMatch = (word: string, words: readonly string[]) => Math.max(0, ...words.map((other) => wordMatch(word, other)));

/** A value a hint may suggest, with an optional label (a persona's name and role, an item's title) whose words also count. */
export interface Candidate {
	id: string;
	label?: string;
}

const asCandidate = (candidate: string | Candidate): Candidate => (typeof candidate === 'string' ? { id: candidate } : candidate);

/** How well a candidate explains a value, by whole words first and characters second. */
interface Score {
	candidate: Candidate;
	/** Edit distance of the whole strings. */
	distance: number;
	/** A likely typo: few edits overall, and no word of the value replaced by a different word. */
	typo: boolean;
	/** Share of the value's words found in the candidate's id or label (exactly, as a typo or abbreviated). */
	coverage: number;
	/** The same, weighted: a word of the id counts more than a word of the label, an exact word more than a typo or an abbreviation. */
	weight: number;
	/** Share of the candidate id's words that the value has. */
	precision: number;
}

function score(value: string, candidate: Candidate): Score {
	const valueWords = tokens(value);
	const idWords = tokens(candidate.id);
	const labelWords = tokens(candidate.label ?? '').filter((word) => word.length >= 3);
	const distance = editDistance(value.toLowerCase(), candidate.id.toLowerCase());
	// Same number of words: each word must be itself or a typo of its counterpart, so backend-developer is no typo of frontend-developer.
	const wordsAgree = valueWords.length !== idWords.length || valueWords.every((word, i) => isWordTypo(word, idWords[i]));
	let found = 0;
	let weight = 0;
	for (const word of valueWords) {
		// A word of the label counts for less than the same word in the id.
		const best = Math.max(bestMatch(word, idWords), 0.6 * bestMatch(word, labelWords));
		if (best > 0) found++;
		weight += best;
	}
	const matchedIdWords = idWords.filter((word) => valueWords.some((other) => wordMatch(other, word) > 0)).length;
	return {
		candidate,
		distance,
		typo: distance <= valueTolerance(value.length) && wordsAgree,
		coverage: valueWords.length === 0 ? 0 : found / valueWords.length,
		weight,
		precision: idWords.length === 0 ? 0 : matchedIdWords / idWords.length,
	};
}

/** Best explanation first: typos by fewest edits, then by words shared, then by characters. */
const byLikelihood = (a: Score, b: Score) =>
	Number(b.typo) - Number(a.typo) ||
	(a.typo && b.typo ? a.distance - b.distance : 0) ||
	b.coverage - a.coverage ||
	b.weight - a.weight ||
	b.precision - a.precision ||
	a.distance - b.distance ||
	a.candidate.id.localeCompare(b.candidate.id);

/** Every candidate, most likely meant first. */
export function rankCandidates(value: string, candidates: Iterable<string | Candidate>): Candidate[] {
	return [...candidates]
		.map((candidate) => score(value, asCandidate(candidate)))
		.sort(byLikelihood)
		.map(({ candidate }) => candidate);
}

/**
 * The candidate `value` most likely meant: a typo of it (`nxt` -> `next`), or else the one whose words
 * hold every word of the value (`lead-time` -> `change-lead-time`, `design` -> `in-design`), counting
 * the words of its label (`backend-developer` -> the persona whose role is "Backend engineer").
 * Undefined when none is close: a near spelling with a different word is not a suggestion.
 */
export function nearestCandidate(value: string, candidates: Iterable<string | Candidate>): Candidate | undefined {
	return likeliest(value, candidates)?.candidate;
}

function likeliest(value: string, candidates: Iterable<string | Candidate>): Score | undefined {
	const [best] = [...candidates].map((candidate) => score(value, asCandidate(candidate))).sort(byLikelihood);
	return best && (best.typo || best.coverage === 1) ? best : undefined;
}

/** The id of `nearestCandidate`. */
export function nearest(value: string, candidates: Iterable<string | Candidate>): string | undefined {
	return nearestCandidate(value, candidates)?.id;
}

/** How many allowed values a hint lists before it says how many more there are; a list just longer is shown whole. */
const SHOWN = 6;
const SHOWN_WHOLE = 8;

/** `did you mean "x"?`, with the label when the label's words made the match. */
export function didYouMean(value: string, candidates: Iterable<string | Candidate>): string | undefined {
	const best = likeliest(value, candidates);
	if (!best) return undefined;
	const { id, label } = best.candidate;
	const viaLabel = !best.typo && label !== undefined && !tokens(value).every((word) => bestMatch(word, tokens(id)) > 0);
	return `did you mean "${id}"${viaLabel ? ` (${label})` : ''}?`;
}

/**
 * The allowed values, closest first, up to a handful: `one of "a", "b", "c"`, or with `and N more`
 * and, when given, where to find the rest.
 */
export function listAllowed(value: string, candidates: readonly (string | Candidate)[], whereListed?: string): string {
	const ranked = rankCandidates(value, candidates).map(({ id }) => `"${id}"`);
	if (ranked.length <= SHOWN_WHOLE) return `use one of ${ranked.join(', ')}`;
	const rest = `and ${ranked.length - SHOWN} more${whereListed ? ` (${whereListed})` : ''}`;
	return `use one of ${ranked.slice(0, SHOWN).join(', ')}, ${rest}`;
}

/** A hint for an unknown value: the one likely meant, or else the allowed values, closest first. */
export function suggestValue(value: string, candidates: readonly (string | Candidate)[], kind: string, whereListed?: string): string {
	const match = didYouMean(value, candidates);
	if (match) return match;
	if (candidates.length === 0) return `there are no ${kind} ids defined yet`;
	return `no ${kind} id is close; ${listAllowed(value, candidates, whereListed)}`;
}

/** A noun with its indefinite article: "an area", "a team". */
export const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
