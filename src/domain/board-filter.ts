/**
 * The roadmap board's filters, shared by the board's view (which writes the values on each card),
 * the links that open the board pre-filtered, and the small script that filters in the browser.
 */

/** The facets the board filters by, in the order the form shows them, as the query string names them. */
export const FACETS = ['area', 'persona', 'team', 'phase', 'confidence'] as const;
export type Facet = (typeof FACETS)[number];

/** A filter state: one value per facet (empty for any) and free text. */
export type BoardQuery = Partial<Record<Facet | 'q', string>>;

/** What a card offers the filters: its values per facet, and its words in lower case. */
export type Filterable = Record<Facet, readonly string[]> & { text: string };

/** The filter state a query string asks for; unknown parameters and empty values are dropped. */
export function parseQuery(search: string): BoardQuery {
	const params = new URLSearchParams(search);
	const query: BoardQuery = {};
	for (const name of [...FACETS, 'q'] as const) {
		const value = params.get(name)?.trim();
		if (value) query[name] = value;
	}
	return query;
}

/** The query string of a filter state, "?persona=sre&area=ci-cd", or "" when nothing is filtered. */
export function queryString(query: BoardQuery): string {
	const params = new URLSearchParams();
	for (const name of [...FACETS, 'q'] as const) {
		const value = query[name]?.trim();
		if (value) params.set(name, value);
	}
	const text = params.toString();
	return text === '' ? '' : `?${text}`;
}

/** Whether a card passes the filters: it has each chosen facet value, and every word of the free text. */
export function matches(card: Filterable, query: BoardQuery): boolean {
	const facetsMatch = FACETS.every((facet) => !query[facet] || card[facet].includes(query[facet]));
	const words = (query.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
	return facetsMatch && words.every((word) => card.text.includes(word));
}
