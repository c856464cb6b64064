import { z } from 'astro/zod';
import { refuseUrl } from '../domain/safe-url.ts';

/** A check with the hint a content problem shows beside its message. */
export const withHint = (message: string, hint: string) => ({ message, params: { hint } });

/** What to write instead of a value that does not match a pattern, by the pattern as zod reports it (/source/). */
export const PATTERN_HINTS = new Map<string, string>();

/** A string matching `pattern`, which JSON Schema exports; a value that does not gets `message` and `hint`, and no further checks. */
export function patterned(pattern: RegExp, message: string, hint: string) {
	PATTERN_HINTS.set(String(pattern), hint);
	return z.string().regex(pattern, { message, abort: true });
}

/** Kebab-case identifier, the form every file-derived id and reference takes. */
export const IdSchema = patterned(
	/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
	'expected a kebab-case id',
	'use lower-case words joined by hyphens, such as "app-developer"',
);

/** True when `value` is a calendar date that exists, such as 2026-02-28 but not 2026-02-30. */
export function isRealDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const DATE_HINT = 'write it YYYY-MM-DD, such as 2026-03-31';

/** A calendar date written YYYY-MM-DD; YAML parsers that produce Date objects are normalised to that form. */
export const IsoDateSchema = z.preprocess(
	(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
	patterned(/^\d{4}-\d{2}-\d{2}$/, 'expected a real date', DATE_HINT).refine(isRealDate, withHint('expected a real date', DATE_HINT)),
);

/** A calendar quarter such as 2027-Q1. */
export const QuarterSchema = patterned(/^\d{4}-Q[1-4]$/, 'expected a quarter', 'write it YYYY-Qn, such as 2027-Q1');

/**
 * True for http(s) URLs and paths on this site; content is untrusted, so javascript:, data:, protocol-relative
 * //host, backslashes, whitespace, control characters and anything else that leaves the site are refused.
 */
export const isSafeUrl = (value: string): boolean => refuseUrl(value, 'field') === undefined;

/** A link that content may carry: http(s) or a site-relative path starting with "/". */
export const SafeUrlSchema = z
	.string()
	.refine(
		isSafeUrl,
		withHint(
			'expected an http(s) URL or a site-relative path',
			'write https://... or a path on this site starting with "/"; other schemes such as javascript: are refused',
		),
	);

/** Non-empty plain text; pages render it escaped, never as HTML. */
export const TextSchema = z.string().trim().min(1, 'expected some text');
