/** A link as a page shows it: where it goes and its text. */
export interface Link {
	href: string;
	label: string;
}

/** One row of a facts list: a term with text, links, or neither (then it is not shown). */
export interface Fact {
	term: string;
	text?: string;
	links?: Link[];
}

/** A list of facts without the rows that have nothing to show. */
export const facts = (rows: Fact[]): Fact[] => rows.filter((row) => (row.text !== undefined && row.text !== '') || row.links !== undefined);

/** Names joined for reading; a list of names that contain commas is separated by semicolons so it stays unambiguous. */
export function nameList(names: readonly string[]): string {
	return names.join(names.some((name) => name.includes(',')) ? '; ' : ', ');
}
