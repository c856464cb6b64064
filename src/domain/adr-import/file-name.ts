import { isRealDate } from '../../schemas/common.ts';

/** What a record's file name says: its number or the date it starts with, and the rest as a slug. */
export interface FileNameFacts {
	/** The record's number, such as 9 for 0009-use-x.md or 60 for ADR-60.md. */
	number?: number;
	/** A YYYYMMDD- prefix read as a date (log4brains), YYYY-MM-DD. */
	date?: string;
	/** The rest of the name, kebab-case; empty when the name is only a number. */
	slug: string;
}

/** Lower-case words joined by hyphens, accents dropped: "Use CC0 or MIT" is use-cc0-or-mit. */
export function kebabCase(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * Reads a record's file name (without its folder). Numbers come only from the name, never the heading:
 * 0009-x, ADR-60, adr013-x, adr-021-x, 0001_use_x. An 8-digit prefix that is a real date is a date.
 */
export function readFileName(name: string): FileNameFacts {
	const stem = name.replace(/\.[^.]+$/, '');
	const dated = /^(\d{4})(\d{2})(\d{2})[-_ ](.*)$/.exec(stem);
	if (dated) {
		const date = `${dated[1]}-${dated[2]}-${dated[3]}`;
		if (isRealDate(date)) return { date, slug: kebabCase(dated[4]) };
	}
	const numbered = /^(?:adr)?[-_ ]?(\d+)(?:[-_. ]+(.*))?$/i.exec(stem);
	if (numbered) return { number: Number(numbered[1]), slug: kebabCase(numbered[2] ?? '') };
	return { slug: kebabCase(stem) };
}

/** A decision id as Trailmap names its files: 0009-use-x. */
export const decisionId = (number: number, slug: string): string => `${String(number).padStart(4, '0')}-${slug}`;
