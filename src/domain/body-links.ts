import { decisionByNumber, decisionLabel } from './decision-refs.ts';
import type { Problem } from './problem.ts';
import { nearest } from './nearest.ts';

/** A site-relative link found in a body, placed in its file. */
export interface PlacedLink {
	file: string;
	line: number;
	column: number;
	url: string;
}

/** The path a site-relative URL names: without query, fragment or the site's base path, with the trailing slash pages have. */
export function linkTarget(url: string, base: string): string {
	const pathOnly = url.split(/[?#]/)[0] || '/';
	const root = base.endsWith('/') ? base : `${base}/`;
	const withoutBase = root !== '/' && pathOnly.startsWith(root) ? pathOnly.slice(root.length - 1) : pathOnly;
	return withoutBase;
}

/**
 * Links in bodies to paths that nothing in the build serves: `known` holds every page (with its
 * trailing slash, such as /roadmap/x/) and every file of public/ (such as /favicon.svg).
 */
export function brokenLinks(links: readonly PlacedLink[], known: ReadonlySet<string>, base: string): Problem[] {
	return links.flatMap((link) => {
		const target = linkTarget(link.url, base);
		if (known.has(target) || known.has(`${target.replace(/\/$/, '')}/`)) return [];
		const match = nearest(target, [...known]);
		return [
			{
				file: link.file,
				line: link.line,
				column: link.column,
				field: 'body',
				value: link.url,
				message: 'no page or file of this site has this path',
				hint: match ? `did you mean "${match}"?` : 'link to a page that exists, such as /roadmap/ or /guides/',
			},
		];
	});
}

/** A decision reference found in a body's prose, placed in its file. */
export interface PlacedDecisionRef {
	file: string;
	line: number;
	column: number;
	/** As written, such as "ADR 12". */
	text: string;
	/** The four-digit number it names. */
	number: string;
}

/** References in bodies to decision numbers no record has: the site would link them nowhere. */
export function unknownDecisionRefs(refs: readonly PlacedDecisionRef[], ids: readonly string[]): Problem[] {
	const labels = ids.map(decisionLabel);
	return refs.flatMap((ref) => {
		if (decisionByNumber(ref.number, ids)) return [];
		const match = nearest(`ADR-${ref.number}`, labels);
		return [
			{
				file: ref.file,
				line: ref.line,
				column: ref.column,
				field: 'body',
				value: ref.text,
				message: `no decision record is ADR-${ref.number}`,
				hint: match
					? `did you mean ${match}? Records are numbered by their file names, such as 0007-vault-for-secrets.md`
					: 'refer to a record that exists, by the number its file name starts with; or put the text in `backticks` to keep it as it is',
			},
		];
	});
}
