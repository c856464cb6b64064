/** Words that adr-tools' and other tools' templates leave where a value belongs. */
const TEMPLATE_WORDS = new Set(['title', 'number. title', 'status', 'date', 'deciders', 'tags', 'todo', 'tbd', 'xxx', '...', '…']);

/**
 * True when `text` is what a template says rather than a value: "[short title of solved problem]",
 * "{YYYY-MM-DD when the decision was last updated}", "NUMBER. TITLE", "proposed | accepted | …".
 */
export function isPlaceholder(text: string): boolean {
	const value = text.trim();
	if (value === '') return true;
	if ((value.startsWith('[') && value.endsWith(']')) || (value.startsWith('{') && value.endsWith('}'))) return true;
	if (value.includes(' | ')) return true;
	return TEMPLATE_WORDS.has(value.toLowerCase());
}

/** A record's title without the number and markers tools put in it: "0009. Use X", "ADR 001: Use X", "[superseded] Use X". */
export function cleanTitle(raw: string): string {
	return raw
		.replace(/[[(](?:superseded|superceded|deprecated|rejected|obsolete)[\])]/gi, ' ')
		.replace(/^\s*(?:adr[-_ ]?\d+|\d+)\s*(?:[.:)]|\s[-–—])\s*/i, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** A title made from a file name's slug, for a record with none: use-postgres is "Use postgres". */
export function titleFromSlug(slug: string): string {
	const words = slug.replace(/-+/g, ' ').trim();
	return words.charAt(0).toUpperCase() + words.slice(1);
}
